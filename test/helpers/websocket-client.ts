import WebSocket from "ws";

export type TestSocket = WebSocket & { next: () => Promise<any> };

/** Opens a socket with a one-time ticket and collects every frame from the first one on (the server speaks first). */
export const openSocket = (baseUrl: string, ticket: string, path = "/v1/ws") =>
  new Promise<TestSocket>((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace("http", "ws")}${path}?ticket=${encodeURIComponent(ticket)}`) as TestSocket;
    const frames: any[] = [];
    const waiting: Array<(frame: any) => void> = [];
    socket.on("message", (raw) => {
      const frame = JSON.parse(raw.toString());
      const waiter = waiting.shift();
      if (waiter) waiter(frame);
      else frames.push(frame);
    });
    socket.next = () => (frames.length ? Promise.resolve(frames.shift()) : new Promise((resolveFrame) => waiting.push(resolveFrame)));
    socket.once("open", () => resolve(socket));
    socket.once("unexpected-response", (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once("error", reject);
  });

/** Reads frames until one of `types` arrives; answers all of them, that one last. */
export async function framesUntil(socket: TestSocket, types: string[]): Promise<Array<{ type: string; [key: string]: any }>> {
  const frames = [];
  for (;;) {
    const frame = await socket.next();
    frames.push(frame);
    if (types.includes(frame.type)) return frames;
  }
}
