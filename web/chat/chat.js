// Switchboard demo chat page. Plain ES module, no dependencies.
// Message text and sources are untrusted: the DOM is built from text nodes only, never innerHTML.

const API = '/v1';
const CONV_KEY = 'switchboard.conversation';
const PREFS_KEY = 'switchboard.prefs';
const LANGS = { auto: 'Auto', en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', zh: '中文' };
// What the "Talk to a person" button sends: a request for a human the escalation step recognizes.
const ASK_FOR_PERSON = {
  en: "I'd like to talk to a person, please.",
  es: 'Quiero hablar con una persona, por favor.',
  fr: "Je voudrais parler à une personne, s'il vous plaît.",
  de: 'Ich möchte bitte mit einem Menschen sprechen.',
  zh: '我想和人工客服谈谈。',
};
const LIVE_RETRY_MS = [1000, 2000, 5000, 10000];

class ApiError extends Error {
  constructor(status, code, message) { super(message || 'Something went wrong.'); Object.assign(this, { status, code }); }
}
const isGone = (e) => e instanceof ApiError && (e.status === 401 || e.status === 404);

/** Parse a Server-Sent Events body (a ReadableStream of bytes) into {event, data} objects. */
export async function* readSSE(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = '', event = '', data = [];
  const line = (l) => {
    if (l === '') { // blank line: dispatch
      const out = data.length ? { event: event || 'message', data: data.join('\n') } : null;
      event = ''; data = [];
      return out;
    }
    const i = l.indexOf(':');
    if (i === 0) return null; // comment / keep-alive
    const field = i < 0 ? l : l.slice(0, i), value = i < 0 ? '' : l.slice(l[i + 1] === ' ' ? i + 2 : i + 1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    return null;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buf += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (let m; (m = /\r\n|\r|\n/.exec(buf));) {
        if (m[0] === '\r' && m.index === buf.length - 1 && !done) break; // "\r\n" may straddle chunks
        const ev = line(buf.slice(0, m.index));
        buf = buf.slice(m.index + m[0].length);
        if (ev) yield ev;
      }
      if (done) {
        const ev = line(buf) || line(''); // lenient about a missing final blank line
        if (ev) yield ev;
        return;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

const load = (key) => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
const save = (key, v) => {
  try { v == null ? localStorage.removeItem(key) : localStorage.setItem(key, JSON.stringify(v)); } catch { /* storage off */ }
};

function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null && v !== false) n.setAttribute(k, String(v));
  n.append(...children.filter((c) => c != null)); // strings become text nodes
  return n;
}

/** Only http(s) URLs (relative ones resolved against the page) become links. */
function safeUrl(u) {
  try { const url = new URL(u, location.href); return /^https?:$/.test(url.protocol) ? url.href : null; } catch { return null; }
}
const link = (href, attrs, ...kids) => el('a', { href, target: '_blank', rel: 'noopener noreferrer', ...attrs }, ...kids);

/** Text with [n] markers turned into superscript links to the matching citation. */
function inline(text, byIndex) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) {
    const c = byIndex.get(Number(m[1]));
    if (!c) continue; // unknown marker: leave as plain text
    out.push(text.slice(last, m.index));
    const url = typeof c.url === 'string' && c.url ? safeUrl(c.url) : null;
    const attrs = { title: c.title || null, 'aria-label': `Source ${m[1]}${c.title ? `: ${c.title}` : ''}` };
    out.push(el('sup', { class: 'cite' },
      url ? link(url, { ...attrs, 'data-testid': 'citation-link' }, m[0]) : el('span', attrs, m[0])));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((x) => x !== '');
}

/** Paragraphs, line breaks and "- " list lines; nothing else is interpreted. */
function renderRich(container, text, citations) {
  const byIndex = new Map(citations.map((c) => [Number(c.index), c]));
  const frag = document.createDocumentFragment();
  let para = null, list = null;
  for (const raw of String(text).split(/\r\n|\r|\n/)) {
    const item = /^\s*- (.*)$/.exec(raw);
    if (item) {
      para = null;
      (list ||= frag.appendChild(el('ul'))).append(el('li', {}, ...inline(item[1], byIndex)));
    } else if (raw.trim() === '') {
      para = list = null;
    } else {
      list = null;
      if (para) para.append(el('br'));
      else para = frag.appendChild(el('p'));
      para.append(...inline(raw, byIndex));
    }
  }
  container.replaceChildren(frag);
}

function renderSources(citations) {
  const ol = el('ol');
  for (const c of [...new Map(citations.map((c) => [c.index, c])).values()].sort((a, b) => a.index - b.index)) {
    const title = c.title || c.externalId || `Source ${c.index}`;
    const url = typeof c.url === 'string' && c.url ? safeUrl(c.url) : null;
    ol.append(el('li', { value: Number(c.index) || null }, url ? link(url, { 'data-testid': 'citation-source' }, title) : title));
  }
  return el('div', { class: 'sources' }, el('span', { class: 'sources-label' }, 'Sources:'), ol);
}

function init() {
  const $ = (id) => document.getElementById(id);
  const transcript = $('transcript'), intro = $('intro'), form = $('composer'), input = $('chat-input');
  const sendBtn = $('chat-send'), langSelect = $('lang-select'), emailForm = $('identify-form'), emailInput = $('email-input');
  const personBtn = $('talk-to-person'), notice = $('escalation-notice');

  let conv = load(CONV_KEY);
  if (typeof conv?.id !== 'string' || typeof conv?.token !== 'string') conv = null;
  const prefs = load(PREFS_KEY) || {};
  let busy = false, stick = true, controller = null, creating = null, generation = 0;
  if (prefs.language in LANGS) langSelect.value = prefs.language;
  if (typeof prefs.email === 'string') emailInput.value = prefs.email;

  const scroll = () => { if (stick) transcript.scrollTop = transcript.scrollHeight; };
  const add = (node) => { transcript.append(node); intro.hidden = true; scroll(); return node; };
  const note = (text) => { transcript.append(el('p', { class: 'note' }, text)); scroll(); };
  const setBusy = (b) => { busy = b; sendBtn.disabled = b; personBtn.disabled = b; };
  const seenAgentMessages = new Set();

  /** The banner while a person is on the way or holds the conversation; null hides it. */
  function showNotice(position) {
    if (position === null) { notice.hidden = true; notice.replaceChildren(); return; }
    const where = Number.isFinite(position) && position > 0 ? ` You are number ${position} in the queue.` : '';
    notice.replaceChildren(el('strong', {}, 'A support specialist will join you.'), where);
    notice.hidden = false;
  }

  /** Agent messages and status changes outside turns, for as long as the page is open. */
  let live = null;
  async function followConversation() {
    live?.abort();
    if (!conv) return;
    const ctrl = (live = new AbortController()), id = conv.id;
    for (let failures = 0; !ctrl.signal.aborted;) {
      try {
        const res = await api(`/conversations/${encodeURIComponent(id)}/events`, { accept: 'text/event-stream', signal: ctrl.signal });
        for await (const { event, data } of readSSE(res.body)) {
          failures = 0;
          let d;
          try { d = JSON.parse(data); } catch { continue; }
          if (event === 'agent.message') showAgentMessage(d.message || {});
          else if (event === 'conversation.status') showStatus(d.status);
        }
      } catch (e) {
        if (e.name === 'AbortError' || isGone(e)) return;
      }
      if (ctrl.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, LIVE_RETRY_MS[Math.min(failures++, LIVE_RETRY_MS.length - 1)]));
    }
  }

  function showAgentMessage(msg) {
    if (typeof msg.text !== 'string' || (msg.id && seenAgentMessages.has(msg.id))) return;
    if (msg.id) seenAgentMessages.add(msg.id);
    const m = addMessage('agent', msg.text);
    if (msg.id) m.node.dataset.messageId = msg.id;
    if (msg.language) m.body.lang = msg.language;
  }

  function showStatus(status) {
    showNotice(null);
    if (status === 'resolved') note('Conversation resolved. Write again any time to reopen it.');
    else if (status === 'active') note('You are chatting with the assistant again.');
  }
  transcript.addEventListener('scroll', () => {
    stick = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 48;
  }, { passive: true });

  async function api(path, { method = 'GET', body, accept = 'application/json', signal } = {}) {
    const headers = { Accept: accept };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (conv && path !== '/conversations') headers.Authorization = `Bearer ${conv.token}`;
    const res = await fetch(API + path, { method, headers, signal, body: body && JSON.stringify(body) });
    if (res.ok) return res;
    const err = await res.json().then((j) => j?.error || {}, () => ({}));
    throw new ApiError(res.status, err.code, err.message || `Request failed (HTTP ${res.status}).`);
  }

  function ensureConversation() {
    if (conv) return Promise.resolve(conv);
    if (creating) return creating;
    const gen = generation;
    const body = { channel: 'web' };
    if (prefs.language && prefs.language !== 'auto') body.language = prefs.language;
    if (prefs.email) body.customer = { email: prefs.email };
    creating = api('/conversations', { method: 'POST', body }).then((res) => res.json()).then(({ id, token }) => {
      if (gen !== generation) throw new DOMException('Superseded', 'AbortError');
      save(CONV_KEY, (conv = { id, token }));
      return conv;
    }).finally(() => { if (gen === generation) creating = null; });
    return creating;
  }

  function resetConversation(message) {
    generation++;
    controller?.abort();
    live?.abort();
    showNotice(null);
    creating = null;
    save(CONV_KEY, (conv = null));
    transcript.replaceChildren();
    intro.hidden = false;
    note(message);
    ensureConversation().then(followConversation).catch((e) => e.name !== 'AbortError' && showError(e.message));
  }

  function addMessage(role, text = '', citations = [], streaming = false) {
    const kind = role === 'user' || role === 'agent' ? role : 'assistant';
    const body = el('div', { class: 'body' });
    const bubble = el('div', { class: 'bubble' }, body);
    const node = el('div', { class: `msg msg-${kind}`, 'data-testid': `message-${kind}`, 'aria-busy': streaming || null },
      kind === 'agent' ? el('span', { class: 'who' }, 'Support agent: ') : null, bubble); // "You:"/"Assistant:" come from CSS
    const m = { kind, node, bubble, body, text, citations, streaming, pending: 0, tool: null, sources: null };
    paint(m);
    add(node);
    return m;
  }

  function paint(m) {
    if (m.kind === 'user') m.body.textContent = m.text;
    else renderRich(m.body, m.text, m.citations);
    if (m.streaming && !m.text) {
      const dot = () => el('i', { 'aria-hidden': 'true' });
      m.body.append(el('span', { class: 'typing' }, el('span', { class: 'sr-only' }, 'Assistant is typing…'), dot(), dot(), dot()));
    }
    m.sources?.remove();
    m.sources = m.citations.length ? m.bubble.appendChild(renderSources(m.citations)) : null;
  }
  const schedulePaint = (m) => {
    m.pending ||= requestAnimationFrame(() => { m.pending = 0; paint(m); scroll(); });
  };

  function setMeta(m, { model, latencyMs }) {
    const parts = [model, Number.isFinite(latencyMs) ? `${Math.round(latencyMs)} ms` : null].filter(Boolean);
    if (parts.length) m.node.append(el('div', { class: 'meta' }, parts.join(' · ')));
  }

  function setTool(m, { name = '', status = '' }) {
    m.tool?.remove();
    m.tool = null;
    if (/^(done|complete|completed|finished|succeeded|success|ok|failed|error)$/i.test(status)) return;
    const text = /order/i.test(name) ? 'Looking up your order…' : 'Looking that up…';
    m.tool = m.bubble.insertAdjacentElement('afterbegin', el('div', { class: 'tool', 'data-testid': 'tool-indicator' }, text));
    scroll();
  }

  function showError(message, retry, discard = []) {
    const box = add(el('div', { class: 'error', role: 'alert', 'data-testid': 'chat-error' }, el('span', {}, message)));
    if (!retry) return;
    box.appendChild(el('button', { type: 'button', class: 'secondary retry' }, 'Retry')).addEventListener('click', () => {
      if (busy) return;
      [box, ...discard].forEach((n) => n.remove());
      retry();
    });
  }

  async function send(text, userNode) {
    transcript.querySelectorAll('.error .retry').forEach((b) => b.remove()); // only the latest turn can be retried
    setBusy(true);
    stick = true;
    const reply = addMessage('assistant', '', [], true);
    const ctrl = (controller = new AbortController());
    const post = () => api(`/conversations/${encodeURIComponent(conv.id)}/messages`,
      { method: 'POST', body: { text }, accept: 'text/event-stream', signal: ctrl.signal });
    let finished = false;
    try {
      const fresh = !conv;
      await ensureConversation();
      if (fresh) followConversation();
      const res = await post().catch(async (e) => {
        if (fresh || !isGone(e)) throw e;
        save(CONV_KEY, (conv = null)); // expired or unknown conversation: start a new one, resend once
        await ensureConversation();
        followConversation();
        return post();
      });
      for await (const { event, data } of readSSE(res.body)) {
        let d;
        try { d = JSON.parse(data); } catch { continue; }
        if (event === 'delta' && typeof d.text === 'string') { reply.text += d.text; schedulePaint(reply); }
        else if (event === 'citations') { reply.citations = Array.isArray(d.citations) ? d.citations : []; schedulePaint(reply); }
        else if (event === 'tool') setTool(reply, d);
        else if (event === 'turn.started' && d.messageId) reply.node.dataset.turnId = d.messageId;
        else if (event === 'error') throw new ApiError(0, d.error?.code, d.error?.message);
        else if (event === 'escalated') showNotice(Number(d.position));
        else if (event === 'delivered') { // a person holds the conversation: no assistant reply comes
          reply.node.remove();
          userNode?.append(el('div', { class: 'meta delivered', 'data-testid': 'delivered-notice' }, 'Sent to the support specialist'));
          if (notice.hidden) showNotice(undefined);
          finished = true;
          break;
        }
        else if (event === 'done') {
          const msg = d.message || {};
          if (typeof msg.text === 'string') reply.text = msg.text; // the final text replaces the streamed one
          if (Array.isArray(msg.citations)) reply.citations = msg.citations;
          if (msg.id) reply.node.dataset.messageId = msg.id;
          if (msg.language) reply.body.lang = msg.language;
          setMeta(reply, msg);
          finished = true;
          break;
        }
      }
      if (!finished) throw new ApiError(0, 'interrupted', 'The answer was interrupted. Please try again.');
    } catch (e) {
      if (e.name === 'AbortError') return;
      if (!reply.text) reply.node.remove();
      showError(e instanceof ApiError ? e.message : 'Network error — check your connection and try again.',
        () => send(text, userNode), [reply.node]);
    } finally {
      if (ctrl === controller) controller = null;
      cancelAnimationFrame(reply.pending);
      Object.assign(reply, { pending: 0, streaming: false });
      setTool(reply, { status: 'done' });
      reply.node.removeAttribute('aria-busy');
      if (reply.node.isConnected) { paint(reply); scroll(); }
      setBusy(false);
    }
  }

  async function loadHistory() {
    if (!conv) return;
    setBusy(true);
    try {
      const { conversation = {}, messages = [] } = await (await api(`/conversations/${encodeURIComponent(conv.id)}`)).json();
      if (conversation.status === 'escalated') showNotice(undefined);
      for (const msg of messages) {
        if (msg.role === 'agent' && msg.id) seenAgentMessages.add(msg.id);
        const m = addMessage(msg.role, msg.text || '', Array.isArray(msg.citations) ? msg.citations : []);
        if (msg.id) m.node.dataset.messageId = msg.id;
        if (m.kind !== 'user' && (msg.language || conversation.language)) m.body.lang = msg.language || conversation.language;
        if (m.kind === 'assistant') setMeta(m, msg);
      }
      followConversation();
    } catch (e) {
      if (isGone(e)) save(CONV_KEY, (conv = null)); // a new one is created with the next question
      else showError(e instanceof ApiError ? e.message : 'Could not load the conversation.');
    } finally {
      setBusy(false);
    }
  }

  const autosize = () => { input.style.height = 'auto'; input.style.height = `${Math.min(input.scrollHeight + 2, 160)}px`; };
  input.addEventListener('input', autosize);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { // 229: IME still composing
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    autosize();
    send(text, addMessage('user', text).node);
    input.focus();
  });
  personBtn.addEventListener('click', () => {
    if (busy) return;
    const language = langSelect.value in ASK_FOR_PERSON ? langSelect.value : (navigator.language || 'en').slice(0, 2);
    const text = ASK_FOR_PERSON[language] || ASK_FOR_PERSON.en;
    send(text, addMessage('user', text).node);
  });

  langSelect.addEventListener('change', () => {
    prefs.language = langSelect.value;
    save(PREFS_KEY, prefs);
    resetConversation(`Language: ${LANGS[langSelect.value]}. New conversation started.`);
  });
  const applyEmail = () => {
    const email = emailInput.value.trim();
    if (email && !emailInput.checkValidity()) return emailInput.reportValidity();
    if (email === (prefs.email || '')) return;
    prefs.email = email || undefined;
    save(PREFS_KEY, prefs);
    resetConversation(email ? `New conversation started as ${email}.` : 'E-mail cleared. New conversation started.');
  };
  emailForm.addEventListener('submit', (e) => { e.preventDefault(); applyEmail(); });
  emailInput.addEventListener('change', applyEmail);

  loadHistory();
}

if (typeof document !== 'undefined') init();
