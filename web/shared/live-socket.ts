export type LiveStatus = "connecting" | "live" | "offline";
export type LiveFrame = { type: string; [key: string]: unknown };

const retryDelaysMs = [500, 1000, 2000, 5000, 10_000];

/** A WebSocket URL on this page's origin. */
export function socketUrl(path: string): string {
  const url = new URL(path, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

/**
 * A WebSocket that comes back after it drops: `connect` answers the URL for each attempt (a fresh
 * one-time ticket, say); frames arrive parsed; the status says whether updates flow right now, so
 * a page can fall back to reading on its own while they do not.
 */
export class LiveSocket {
  private socket: WebSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;
  private opened = false;

  constructor(
    private readonly connect: () => Promise<string>,
    private readonly handlers: { frame: (frame: LiveFrame) => void; status: (status: LiveStatus) => void; open?: () => void },
    /** Stop trying after this many failures in a row when no connection ever opened (the credentials cannot open it). */
    private readonly giveUpAfter = Infinity,
  ) {}

  start(): void {
    this.stopped = false;
    void this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  /** Sends a frame if the socket is open; live signals (typing) are worth nothing later, so nothing queues. */
  send(frame: LiveFrame): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    this.handlers.status(this.failures ? "offline" : "connecting");
    let socket: WebSocket;
    try {
      socket = new WebSocket(await this.connect());
    } catch {
      return this.retry();
    }
    if (this.stopped) return socket.close();
    this.socket = socket;
    socket.addEventListener("open", () => {
      this.failures = 0;
      this.opened = true;
      this.handlers.status("live");
      this.handlers.open?.();
    });
    socket.addEventListener("message", (event) => {
      try {
        this.handlers.frame(JSON.parse(String(event.data)) as LiveFrame);
      } catch {
        // A frame that is not JSON carries nothing for us.
      }
    });
    socket.addEventListener("close", () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.retry();
    });
  }

  private retry(): void {
    if (this.stopped) return;
    this.handlers.status("offline");
    if (!this.opened && this.failures >= this.giveUpAfter) return;
    const delay = retryDelaysMs[Math.min(this.failures++, retryDelaysMs.length - 1)];
    this.timer = setTimeout(() => void this.open(), delay);
  }
}
