import { readSse } from "../shared/read-sse.ts";
import type { CitationLink } from "../shared/render-markdown.tsx";
import { supportedLanguage, type Language } from "./i18n.ts";

export type Role = "user" | "assistant" | "agent" | "system";
export type ConversationStatus = "active" | "escalated" | "resolved";

export interface ChatMessage {
  id: string;
  role: Role;
  text: string;
  citations: CitationLink[];
  /** `sending` until the server took it; `streaming` while an answer arrives. */
  status: "sending" | "streaming" | "complete" | "incomplete" | "failed";
  language?: string;
}

/** A file the customer attached, with what the server read from it. */
export interface ChatAttachment {
  id: string;
  filename: string;
  /** `uploading` until the server took it; then the server's status. */
  status: "uploading" | "pending" | "processing" | "extracted" | "failed";
  fields: { orderId?: string; purchaseDate?: string; total?: number; currency?: string; items?: unknown[] } | null;
  error: string | null;
  createdAt: string;
}

/** Files the widget sends; the server checks the bytes again. */
export const attachmentAccept = ".pdf,.png,.jpg,.jpeg,.webp,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain";
const attachmentTypes = new Set(["application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain"]);
const attachmentExtensions = /\.(pdf|png|jpe?g|webp|txt)$/i;
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** Why a file cannot be attached, checked before uploading: `type`, `size`, or undefined. */
export function attachmentProblem(file: { name: string; type: string; size: number }): "type" | "size" | undefined {
  if (!attachmentTypes.has(file.type) && !attachmentExtensions.test(file.name)) return "type";
  if (file.size > maxAttachmentBytes) return "size";
  return undefined;
}

export interface ChatState {
  conversationId?: string;
  status?: ConversationStatus;
  language?: Language;
  messages: ChatMessage[];
  busy: boolean;
  connection: "idle" | "connecting" | "websocket" | "sse" | "offline";
  queuePosition?: number;
  failed: boolean;
  /** Why the last message got no (complete) answer, as the server put it, and the text to send again. */
  failure?: { message?: string; retryable: boolean; text: string };
  feedback: Record<string, "up" | "down">;
  /** The conversation was rated since it was last resolved. */
  rated: boolean;
  /** Agent messages that arrived while the panel was closed. */
  unread: number;
  /** A person at the desk is writing to the customer right now. */
  agentTyping: boolean;
  attachments: ChatAttachment[];
  /** Why the last file could not be attached, for the customer. */
  attachmentError?: string;
}

export interface ClientOptions {
  apiBase: string;
  site: string;
  /** The customer's language as the browser states it. */
  browserLanguage?: Language;
  /** `sse` skips the WebSocket (for sites whose proxies block it, and for tests). */
  transport: "auto" | "sse";
}

interface Stored {
  id: string;
  token: string;
  feedback?: Record<string, "up" | "down">;
  rated?: boolean;
}

interface ServerMessage {
  id: string;
  role: Role;
  text: string;
  language?: string | null;
  citations?: CitationLink[] | null;
  status?: ChatMessage["status"];
}

type Frame = { type: string; [key: string]: unknown };

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const retryDelaysMs = [500, 1000, 2000, 5000, 10_000];
// The server passes one typing signal per 1.5 s; the desk shows it for a few seconds after each.
const typingEveryMs = 1500;
const agentTypingShownMs = 4000;
// Two failed WebSocket attempts in a row (before `ready`) mean something in between blocks it.
const webSocketAttemptsBeforeFallback = 2;

const toChatMessage = (message: ServerMessage): ChatMessage => ({
  id: message.id,
  role: message.role,
  text: message.text,
  citations: message.citations ?? [],
  status: message.status ?? "complete",
  language: message.language ?? undefined,
});

/**
 * The customer's side of one conversation: starts it, keeps it across reloads, sends messages over
 * a WebSocket with one-time tickets (or SSE when that fails), follows agent messages live, and
 * re-reads the history after every reconnect so nothing is lost or shown twice.
 */
export class ConversationClient {
  private state: ChatState = { messages: [], busy: false, connection: "idle", failed: false, feedback: {}, rated: false, unread: 0, agentTyping: false, attachments: [] };
  private readonly listeners = new Set<(state: ChatState) => void>();
  private stored: Stored | undefined;
  private socket: WebSocket | undefined;
  private liveAbort: AbortController | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private webSocketFailures = 0;
  private mode: "websocket" | "sse";
  private connectedOnce = false;
  private localCounter = 0;
  private closed = false;
  private panelOpen = false;
  private readonly storageKey: string;
  private lastTypingSent = 0;
  private agentTypingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ClientOptions) {
    this.mode = options.transport === "sse" || typeof WebSocket === "undefined" ? "sse" : "websocket";
    this.storageKey = `switchboard.widget.${options.site}`;
    this.stored = this.readStored();
    this.state.language = options.browserLanguage;
    if (this.stored) this.patch({ conversationId: this.stored.id, feedback: this.stored.feedback ?? {}, rated: this.stored.rated ?? false });
  }

  subscribe(listener: (state: ChatState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  get snapshot(): ChatState {
    return this.state;
  }

  /** Picks up a stored conversation (history and live channel); a stale one is forgotten. */
  async resume(): Promise<void> {
    if (!this.stored) return;
    try {
      await this.syncHistory();
      this.connectLive();
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404].includes(error.status)) this.forget();
    }
  }

  setPanelOpen(open: boolean): void {
    this.panelOpen = open;
    if (open && this.state.unread) this.patch({ unread: 0 });
  }

  /** Sends a customer message; the answer streams into the state. */
  async send(text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed || this.state.busy) return;
    const local: ChatMessage = { id: `local-${++this.localCounter}`, role: "user", text: trimmed, citations: [], status: "sending" };
    this.patch({ messages: [...this.state.messages, local], busy: true, failed: false, failure: undefined });
    try {
      await this.ensureConversation();
      if (this.mode === "websocket" && this.socket?.readyState === WebSocket.OPEN && this.state.connection === "websocket") {
        this.socket.send(JSON.stringify({ type: "message", text: trimmed }));
      } else {
        await this.sendOverSse(trimmed);
      }
    } catch {
      this.updateMessage(local.id, { status: "failed" });
      this.patch({ busy: false, failed: true, failure: { retryable: true, text: trimmed } });
    }
  }

  /** Sends the message whose answer failed once more. */
  async retry(): Promise<void> {
    const text = this.state.failure?.text;
    if (text) await this.send(text);
  }

  /** Uploads a file to the conversation; its status then arrives live as `attachment.status`. */
  async attach(file: File, messages: { type: string; size: string; failed: string }): Promise<void> {
    const problem = attachmentProblem(file);
    if (problem) return this.patch({ attachmentError: problem === "type" ? messages.type : messages.size });
    const local: ChatAttachment = { id: `local-${++this.localCounter}`, filename: file.name, status: "uploading", fields: null, error: null, createdAt: new Date().toISOString() };
    this.patch({ attachments: [...this.state.attachments, local], attachmentError: undefined });
    try {
      const stored = await this.ensureConversation();
      const form = new FormData();
      form.append("file", file);
      const response = await fetch(new URL(`/v1/conversations/${stored.id}/attachments`, this.options.apiBase), { method: "POST", headers: { authorization: `Bearer ${stored.token}` }, body: form });
      const body = (await response.json().catch(() => ({}))) as { attachment?: ChatAttachment; error?: { message?: string } };
      if (!response.ok || !body.attachment) throw new Error(body.error?.message ?? messages.failed);
      this.upsertAttachment(body.attachment, local.id);
    } catch (error) {
      this.patch({ attachments: this.state.attachments.filter((attachment) => attachment.id !== local.id), attachmentError: (error as Error).message || messages.failed });
    }
  }

  /** Tells the desk the customer is writing, while a person holds the conversation: over the WebSocket, or a POST without one. */
  typing(): void {
    const now = Date.now();
    if (!this.stored || this.state.status !== "escalated" || now - this.lastTypingSent < typingEveryMs) return;
    this.lastTypingSent = now;
    if (this.socket?.readyState === WebSocket.OPEN && this.state.connection === "websocket") this.socket.send(JSON.stringify({ type: "typing" }));
    else void this.fetchApi(`/v1/conversations/${this.stored.id}/typing`, { method: "POST" }).catch(() => undefined);
  }

  async rateAnswer(messageId: string, value: "up" | "down"): Promise<void> {
    if (!this.stored) return;
    await this.request(`/v1/conversations/${this.stored.id}/messages/${messageId}/feedback`, { method: "POST", body: { value } });
    const feedback = { ...this.state.feedback, [messageId]: value };
    this.patch({ feedback });
    this.writeStored({ ...this.stored, feedback });
  }

  async rateConversation(rating: number, comment: string): Promise<void> {
    if (!this.stored) return;
    await this.request(`/v1/conversations/${this.stored.id}/csat`, { method: "POST", body: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
    this.patch({ rated: true });
    this.writeStored({ ...this.stored, rated: true });
  }

  /** Starts over with a new conversation (the old one stays on the server). */
  reset(): void {
    this.forget();
    this.patch({ conversationId: undefined, status: undefined, messages: [], busy: false, failed: false, feedback: {}, rated: false, queuePosition: undefined, unread: 0, attachments: [], attachmentError: undefined });
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.agentTypingTimer);
    this.disconnect();
  }

  private patch(partial: Partial<ChatState>): void {
    this.state = { ...this.state, ...partial };
    for (const listener of this.listeners) listener(this.state);
  }

  private updateMessage(id: string, partial: Partial<ChatMessage>): void {
    this.patch({ messages: this.state.messages.map((message) => (message.id === id ? { ...message, ...partial } : message)) });
  }

  private async ensureConversation(): Promise<Stored> {
    if (this.stored) return this.stored;
    const language = this.state.language;
    const created = (await this.request("/v1/conversations", { method: "POST", body: { channel: "widget", ...(language ? { language } : {}) } })) as {
      id: string;
      token: string;
      status: ConversationStatus;
      language?: string | null;
    };
    this.stored = { id: created.id, token: created.token };
    this.writeStored(this.stored);
    this.patch({ conversationId: created.id, status: created.status, language: supportedLanguage(created.language) ?? language });
    if (this.mode === "websocket") await this.connectWebSocket();
    else this.connectLive();
    return this.stored;
  }

  private async request(path: string, init: { method?: string; body?: unknown; accept?: string; signal?: AbortSignal } = {}): Promise<unknown> {
    const response = await this.fetchApi(path, init);
    return response.json();
  }

  private async fetchApi(path: string, init: { method?: string; body?: unknown; accept?: string; signal?: AbortSignal } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: init.accept ?? "application/json" };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (this.stored && path !== "/v1/conversations") headers.authorization = `Bearer ${this.stored.token}`;
    const response = await fetch(new URL(path, this.options.apiBase), {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
      throw new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
    }
    return response;
  }

  /** One turn over `POST …/messages` with `Accept: text/event-stream`. */
  private async sendOverSse(text: string): Promise<void> {
    const stored = await this.ensureConversation();
    const response = await this.fetchApi(`/v1/conversations/${stored.id}/messages`, { method: "POST", body: { text }, accept: "text/event-stream" });
    if (!response.body) throw new Error("no stream");
    let ended = false;
    for await (const { event, data } of readSse(response.body)) {
      try {
        const frame = { ...(JSON.parse(data) as object), type: event } as Frame;
        ended ||= ["done", "delivered", "error"].includes(event);
        this.handleFrame(frame);
      } catch {
        // A malformed event is skipped; the turn still ends with done, error or delivered.
      }
    }
    if (!ended) {
      // The stream broke mid-turn: the server kept the turn, so the history has it.
      this.patch({ busy: false });
      await this.syncHistory().catch(() => undefined);
    }
  }

  private handleFrame(frame: Frame): void {
    switch (frame.type) {
      case "turn.started": {
        const messages = this.state.messages.map((message) => (message.status === "sending" ? { ...message, status: "complete" as const } : message));
        const id = String(frame.messageId);
        if (!messages.some((message) => message.id === id)) messages.push({ id, role: "assistant", text: "", citations: [], status: "streaming" });
        this.patch({ messages });
        break;
      }
      case "delta": {
        const streaming = this.streamingMessage();
        if (streaming) this.updateMessage(streaming.id, { text: streaming.text + String(frame.text ?? "") });
        break;
      }
      case "citations": {
        const streaming = this.streamingMessage();
        if (streaming) this.updateMessage(streaming.id, { citations: (frame.citations as CitationLink[]) ?? [] });
        break;
      }
      case "escalated":
        this.patch({ status: "escalated", queuePosition: Number(frame.position) || undefined });
        break;
      case "done": {
        const message = toChatMessage(frame.message as ServerMessage);
        const exists = this.state.messages.some((candidate) => candidate.id === message.id);
        this.patch({
          messages: exists ? this.state.messages.map((candidate) => (candidate.id === message.id ? message : candidate)) : [...this.state.messages, message],
          busy: false,
          language: supportedLanguage(message.language) ?? this.state.language,
        });
        this.applyConversation(frame.conversation);
        break;
      }
      case "delivered":
        this.patch({ messages: this.state.messages.map((message) => (message.status === "sending" ? { ...message, status: "complete" } : message)), busy: false });
        this.applyConversation(frame.conversation);
        break;
      case "error": {
        const streaming = this.streamingMessage();
        if (streaming && !streaming.text) this.patch({ messages: this.state.messages.filter((message) => message.id !== streaming.id) });
        else if (streaming) this.updateMessage(streaming.id, { status: "failed" });
        const sending = this.state.messages.find((message) => message.status === "sending");
        if (sending) this.updateMessage(sending.id, { status: "failed" });
        const error = (frame.error ?? {}) as { message?: string; retryable?: boolean };
        const asked = [...this.state.messages].reverse().find((message) => message.role === "user");
        if (this.state.busy) this.patch({ busy: false, failed: true, failure: { message: error.message, retryable: error.retryable === true, text: asked?.text ?? "" } });
        break;
      }
      case "agent.message":
        this.setAgentTyping(false);
        this.addAgentMessage(frame.message as ServerMessage);
        break;
      case "typing":
        if (frame.from === "agent") this.setAgentTyping(true);
        break;
      case "attachment.status":
        this.upsertAttachment(frame.attachment as ChatAttachment);
        break;
      case "conversation.status":
        this.setStatus(frame.status as ConversationStatus);
        break;
    }
  }

  private streamingMessage(): ChatMessage | undefined {
    return this.state.messages.findLast((message) => message.status === "streaming");
  }

  private applyConversation(value: unknown): void {
    const status = (value as { status?: ConversationStatus } | undefined)?.status;
    if (status) this.setStatus(status);
  }

  private setStatus(status: ConversationStatus): void {
    if (status === this.state.status) return;
    const reopened = this.state.status === "resolved" && status !== "resolved";
    this.patch({ status, ...(status !== "escalated" ? { queuePosition: undefined } : {}), ...(reopened ? { rated: false } : {}) });
    if (reopened && this.stored) this.writeStored({ ...this.stored, rated: false });
  }

  /** Adds or updates an attachment; a live update may arrive before the upload's own answer. */
  private upsertAttachment(attachment: ChatAttachment, replacesId?: string): void {
    const others = this.state.attachments.filter((known) => known.id !== replacesId);
    const known = others.find((candidate) => candidate.id === attachment.id);
    // A late upload answer (pending) must not undo a newer live status.
    const order = ["uploading", "pending", "processing", "extracted", "failed"];
    if (known && order.indexOf(known.status) > order.indexOf(attachment.status)) return this.patch({ attachments: others });
    this.patch({ attachments: known ? others.map((candidate) => (candidate.id === attachment.id ? attachment : candidate)) : [...others, attachment] });
  }

  private setAgentTyping(typing: boolean): void {
    clearTimeout(this.agentTypingTimer);
    if (typing) this.agentTypingTimer = setTimeout(() => this.patch({ agentTyping: false }), agentTypingShownMs);
    if (this.state.agentTyping !== typing) this.patch({ agentTyping: typing });
  }

  private addAgentMessage(message: ServerMessage): void {
    if (this.state.messages.some((candidate) => candidate.id === message.id)) return;
    this.patch({ messages: [...this.state.messages, toChatMessage({ ...message, role: "agent" })], unread: this.panelOpen ? 0 : this.state.unread + 1 });
  }

  /**
   * Replaces the transcript with the server's: after a reconnect it holds whatever was missed.
   * Messages not yet taken by the server stay at the end so they can be sent again.
   */
  private async syncHistory(): Promise<void> {
    if (!this.stored) return;
    const body = (await this.request(`/v1/conversations/${this.stored.id}`)) as {
      conversation: { status: ConversationStatus; language?: string | null };
      messages: ServerMessage[];
    };
    const server = body.messages.filter((message) => message.role !== "system").map(toChatMessage);
    const attachments = (await this.request(`/v1/conversations/${this.stored.id}/attachments`).catch(() => undefined)) as { attachments: ChatAttachment[] } | undefined;
    if (attachments) this.patch({ attachments: attachments.attachments });
    const known = new Set(server.map((message) => message.id));
    const pending = this.state.busy ? this.state.messages.filter((message) => !known.has(message.id) && message.status === "streaming") : [];
    this.patch({ messages: [...server, ...pending], language: supportedLanguage(body.conversation.language) ?? this.state.language });
    this.setStatus(body.conversation.status);
  }

  /** The live channel outside turns: the WebSocket, or the `/events` stream as a fallback. */
  private connectLive(): void {
    if (this.closed || !this.stored) return;
    if (this.mode === "websocket") void this.connectWebSocket();
    else void this.followEvents();
  }

  private async connectWebSocket(): Promise<void> {
    if (!this.stored || this.closed) return;
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
    this.patch({ connection: this.connectedOnce ? "offline" : "connecting" });
    let socket: WebSocket;
    try {
      const { ticket } = (await this.request("/v1/ws-tickets", { method: "POST" })) as { ticket: string };
      const url = new URL(`/v1/ws?ticket=${encodeURIComponent(ticket)}`, this.options.apiBase);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      socket = new WebSocket(url);
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404].includes(error.status)) return this.forget();
      return this.onWebSocketLost(false);
    }
    this.socket = socket;
    let ready = false;
    await new Promise<void>((resolve) => {
      socket.addEventListener("message", (event) => {
        let frame: Frame;
        try {
          frame = JSON.parse(String(event.data)) as Frame;
        } catch {
          return;
        }
        if (frame.type === "ready") {
          ready = true;
          this.failures = 0;
          this.webSocketFailures = 0;
          const reconnect = this.connectedOnce;
          this.connectedOnce = true;
          this.patch({ connection: "websocket" });
          if (reconnect) void this.syncHistory().catch(() => undefined);
          resolve();
          return;
        }
        this.handleFrame(frame);
      });
      socket.addEventListener("close", () => {
        // A socket we closed on purpose (reset, unmount) is not a lost connection.
        const lost = this.socket === socket;
        if (lost) this.socket = undefined;
        resolve();
        if (lost) this.onWebSocketLost(ready);
      });
    });
  }

  private onWebSocketLost(wasReady: boolean): void {
    if (this.closed) return;
    // A turn in flight on the lost socket ends here; the history re-read after reconnecting has its answer.
    if (this.state.busy && this.mode === "websocket") this.patch({ busy: false });
    if (!wasReady) this.webSocketFailures += 1;
    if (this.webSocketFailures >= webSocketAttemptsBeforeFallback) {
      this.mode = "sse";
      void this.followEvents();
      return;
    }
    this.patch({ connection: "offline" });
    this.scheduleReconnect(() => void this.connectWebSocket());
  }

  private scheduleReconnect(connect: () => void): void {
    clearTimeout(this.reconnectTimer);
    const delay = retryDelaysMs[Math.min(this.failures++, retryDelaysMs.length - 1)];
    this.reconnectTimer = setTimeout(connect, delay);
  }

  /** Follows `GET …/events` until closed, re-reading the history after each reconnect. */
  private async followEvents(): Promise<void> {
    this.liveAbort?.abort();
    if (!this.stored || this.closed) return;
    const abort = (this.liveAbort = new AbortController());
    try {
      const response = await this.fetchApi(`/v1/conversations/${this.stored.id}/events`, { accept: "text/event-stream", signal: abort.signal });
      if (!response.body) throw new Error("no stream");
      for await (const { event, data } of readSse(response.body)) {
        if (event === "ready") {
          this.failures = 0;
          const reconnect = this.connectedOnce;
          this.connectedOnce = true;
          this.patch({ connection: "sse" });
          if (reconnect) await this.syncHistory().catch(() => undefined);
          continue;
        }
        try {
          this.handleFrame({ ...(JSON.parse(data) as object), type: event });
        } catch {
          // Skip a malformed event.
        }
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ApiError && [401, 403, 404].includes(error.status)) return this.forget();
    }
    if (abort.signal.aborted || this.closed) return;
    this.patch({ connection: "offline" });
    this.scheduleReconnect(() => void this.followEvents());
  }

  private disconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.liveAbort?.abort();
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  private forget(): void {
    this.disconnect();
    this.stored = undefined;
    this.connectedOnce = false;
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // Storage may be off (private mode); the conversation then lasts as long as the page.
    }
    this.patch({ conversationId: undefined, connection: "idle" });
  }

  private readStored(): Stored | undefined {
    try {
      const value = JSON.parse(localStorage.getItem(this.storageKey) ?? "null") as Stored | null;
      return value && typeof value.id === "string" && typeof value.token === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private writeStored(value: Stored): void {
    this.stored = value;
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(value));
    } catch {
      // See forget().
    }
  }
}
