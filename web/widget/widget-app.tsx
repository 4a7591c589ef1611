import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type RefObject } from "react";
import { renderMarkdown, safeHref } from "../shared/render-markdown.tsx";
import { AttachmentChip } from "./attachment-chip.tsx";
import { attachmentAccept, type ChatMessage, type ChatState, type ConversationClient } from "./conversation-client.ts";
import { stringsFor, type Strings } from "./i18n.ts";

export interface WidgetConfig {
  apiBase: string;
  title?: string;
  greeting?: string;
  position: "left" | "right";
}

const focusableSelector = 'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

function useClientState(client: ConversationClient): ChatState {
  return useSyncExternalStore(
    (notify) => client.subscribe(notify),
    () => client.snapshot,
  );
}

/** The launcher button and the chat panel, rendered inside the widget's shadow root. */
export function WidgetApp({ client, config }: { client: ConversationClient; config: WidgetConfig }) {
  const state = useClientState(client);
  const strings = stringsFor(state.language ?? "en");
  const [open, setOpen] = useState(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const title = config.title || strings.title;

  useEffect(() => {
    client.setPanelOpen(open);
    if (open) input.current?.focus();
  }, [open, client]);

  const close = () => {
    setOpen(false);
    launcher.current?.focus();
  };

  // Keeps Tab inside the open panel; Escape closes it and gives focus back to the launcher.
  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== "Tab" || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => element.offsetParent !== null);
    if (!focusable.length) return;
    const root = panel.current.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (active === first || !panel.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className={`widget position-${config.position}${open ? " open" : ""}`} lang={state.language ?? "en"}>
      {open && (
        <div className="panel" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={panel} onKeyDown={onPanelKeyDown}>
          <header className="panel-header">
            <div className="avatar" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M12 3C7 3 3 6.6 3 11c0 2.4 1.2 4.6 3.1 6.1L5.5 21l4-2.2c.8.2 1.6.3 2.5.3 5 0 9-3.6 9-8s-4-8.1-9-8.1Z" /></svg>
            </div>
            <div className="panel-heading">
              <h2 id={titleId}>{title}</h2>
              <ConnectionLine state={state} strings={strings} />
            </div>
            <button type="button" className="icon-button" onClick={close} aria-label={strings.close}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6Z" /></svg>
            </button>
          </header>
          <Transcript state={state} strings={strings} config={config} client={client} />
          <Composer state={state} strings={strings} client={client} input={input} />
        </div>
      )}
      <button
        type="button"
        className="launcher"
        ref={launcher}
        aria-expanded={open}
        aria-label={open ? strings.close : state.unread ? `${strings.open} (${state.unread})` : strings.open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {open ? (
          <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path fill="currentColor" d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6Z" /></svg>
        ) : (
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"><path fill="currentColor" d="M12 3C7 3 3 6.6 3 11c0 2.4 1.2 4.6 3.1 6.1L5.5 21l4-2.2c.8.2 1.6.3 2.5.3 5 0 9-3.6 9-8s-4-8.1-9-8.1Zm-4 9.3a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6Zm4 0a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6Zm4 0a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6Z" /></svg>
        )}
        {!open && state.unread > 0 && <span className="badge" aria-hidden="true">{state.unread}</span>}
      </button>
    </div>
  );
}

function ConnectionLine({ state, strings }: { state: ChatState; strings: Strings }) {
  if (state.connection === "offline") return <p className="subtitle warning">{strings.offline}</p>;
  if (state.status === "escalated") return <p className="subtitle">{state.messages.some((message) => message.role === "agent") ? strings.personJoined : strings.waitingForPerson}</p>;
  return <p className="subtitle">{strings.poweredBy}</p>;
}

function Transcript({ state, strings, config, client }: { state: ChatState; strings: Strings; config: WidgetConfig; client: ConversationClient }) {
  const log = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  useEffect(() => {
    if (stick.current && log.current) log.current.scrollTop = log.current.scrollHeight;
  });
  const hasAgent = state.messages.some((message) => message.role === "agent");
  return (
    <div
      className="transcript"
      ref={log}
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      onScroll={(event) => {
        const element = event.currentTarget;
        stick.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
      }}
    >
      <div className="message assistant greeting">
        <div className="bubble">
          <p>{config.greeting || strings.greeting}</p>
        </div>
      </div>
      {state.messages.map((message) => (
        <MessageView key={message.id} message={message} state={state} strings={strings} config={config} client={client} />
      ))}
      {state.attachments.map((attachment) => (
        <AttachmentChip key={attachment.id} attachment={attachment} strings={strings} />
      ))}
      {state.busy && !state.messages.some((message) => message.status === "streaming") && state.status !== "escalated" && (
        <div className="typing" aria-label={strings.thinking}>
          <span />
          <span />
          <span />
        </div>
      )}
      {state.status === "escalated" && (
        <p className="notice" role="status">
          <strong>{hasAgent ? strings.personJoined : strings.waitingForPerson}</strong>
          {!hasAgent && state.queuePosition ? ` ${strings.queuePosition(state.queuePosition)}` : ""}
        </p>
      )}
      {state.agentTyping && (
        <div className="agent-typing" role="status">
          <div className="typing" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
          {strings.personTyping}
        </div>
      )}
      {state.attachmentError && (
        <p className="notice error" role="alert">
          {state.attachmentError}
        </p>
      )}
      {state.status === "resolved" && <Csat state={state} strings={strings} client={client} />}
      {state.failed && (
        <p className="notice error" role="alert">
          {state.failure?.message ?? strings.failed}
          {state.failure?.retryable && state.failure.text && (
            <button type="button" className="retry" onClick={() => void client.retry()}>
              {strings.retry}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

function MessageView({ message, state, strings, config, client }: { message: ChatMessage; state: ChatState; strings: Strings; config: WidgetConfig; client: ConversationClient }) {
  const author = message.role === "user" ? strings.you : message.role === "agent" ? strings.person : strings.assistant;
  const streaming = message.status === "streaming";
  const sources = [...new Map(message.citations.map((citation) => [citation.index, citation])).values()].sort((a, b) => a.index - b.index);
  const canRate = message.role === "assistant" && !streaming && message.status === "complete" && !message.id.startsWith("local-");
  const given = state.feedback[message.id];
  return (
    <div className={`message ${message.role}${message.status === "failed" ? " failed" : ""}`} data-message-id={message.id} data-role={message.role} aria-busy={streaming || undefined}>
      <span className="author">
        {author}
        {message.role === "agent" && <span className="person-badge">{strings.personBadge}</span>}
      </span>
      <div className="bubble" lang={message.language}>
        {message.role === "user" ? <p>{message.text}</p> : renderMarkdown(message.text, { citations: message.citations, base: config.apiBase, sourceLabel: strings.source })}
        {streaming && <span className="cursor" aria-hidden="true" />}
      </div>
      {sources.length > 0 && !streaming && (
        <div className="sources">
          <span className="sources-label">{strings.sources}</span>
          <ol>
            {sources.map((source) => (
              <li key={source.index} value={source.index}>
                {source.url && safeHref(source.url, config.apiBase) ? (
                  <a href={safeHref(source.url, config.apiBase)} target="_blank" rel="noopener noreferrer">
                    {source.title || source.externalId || `${strings.source} ${source.index}`}
                  </a>
                ) : (
                  source.title || source.externalId
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {canRate && (
        <div className="thumbs">
          {(["up", "down"] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="thumb"
              aria-pressed={given === value}
              aria-label={value === "up" ? strings.helpful : strings.notHelpful}
              title={value === "up" ? strings.helpful : strings.notHelpful}
              onClick={() => void client.rateAnswer(message.id, value).catch(() => undefined)}
            >
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" style={value === "down" ? { transform: "rotate(180deg)" } : undefined}>
                <path fill="currentColor" d="M2 21h4V9H2v12Zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6c-.4.4-.6.9-.6 1.4v10c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2Z" />
              </svg>
            </button>
          ))}
          {given && <span className="thanks">{strings.thanksFeedback}</span>}
        </div>
      )}
    </div>
  );
}

function Csat({ state, strings, client }: { state: ChatState; strings: Strings; client: ConversationClient }) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [sending, setSending] = useState(false);
  const legendId = useId();
  if (state.rated) {
    return (
      <p className="notice" role="status">
        {strings.thanksRating}
      </p>
    );
  }
  return (
    <form
      className="csat"
      onSubmit={(event) => {
        event.preventDefault();
        if (!rating) return;
        setSending(true);
        client.rateConversation(rating, comment).catch(() => setSending(false));
      }}
    >
      <p className="notice">{strings.resolved}</p>
      <fieldset aria-labelledby={legendId}>
        <legend id={legendId}>{strings.rateTitle}</legend>
        <div className="stars" role="radiogroup" aria-labelledby={legendId}>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className={value <= rating ? "star on" : "star"}>
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} aria-label={strings.stars(value)} />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="comment-label">
        <span>{strings.comment}</span>
        <textarea rows={2} value={comment} maxLength={2000} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!rating || sending}>
        {strings.submitRating}
      </button>
    </form>
  );
}

function Composer({ state, strings, client, input }: { state: ChatState; strings: Strings; client: ConversationClient; input: RefObject<HTMLTextAreaElement | null> }) {
  const [text, setText] = useState("");
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const submit = () => {
    if (!text.trim() || state.busy) return;
    void client.send(text);
    setText("");
  };
  return (
    <div className="composer-area">
      {state.status !== "escalated" && (
        <button type="button" className="person-button" disabled={state.busy} onClick={() => void client.send(strings.askForPerson)}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5Z" /></svg>
          {strings.talkToPerson}
        </button>
      )}
      <form
        className="composer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <button type="button" className="attach" aria-label={strings.attach} title={strings.attach} onClick={() => fileInput.current?.click()}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M16.5 6.5v10.6a4.5 4.5 0 0 1-9 0V5.8a3 3 0 0 1 6 0v10a1.5 1.5 0 0 1-3 0V6.5H9v9.3a3 3 0 0 0 6 0v-10a4.5 4.5 0 0 0-9 0v11.3a6 6 0 0 0 12 0V6.5Z" /></svg>
        </button>
        <input
          ref={fileInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept={attachmentAccept}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void client.attach(file, { type: strings.attachmentType, size: strings.attachmentSize, failed: strings.attachmentFailed });
          }}
        />
        <label htmlFor={inputId} className="visually-hidden">
          {strings.placeholder}
        </label>
        <textarea
          id={inputId}
          ref={input}
          rows={1}
          value={text}
          placeholder={strings.placeholder}
          maxLength={4000}
          onChange={(event) => {
            setText(event.target.value);
            client.typing();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <button type="submit" className="send" disabled={state.busy || !text.trim()} aria-label={strings.send}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2Z" /></svg>
        </button>
      </form>
    </div>
  );
}
