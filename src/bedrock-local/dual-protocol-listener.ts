import { createServer as createHttp1Server } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer as createHttp2Server } from "node:http2";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import { createServer as createTcpServer } from "node:net";
import type { Server, Socket } from "node:net";

/** A request handler that serves HTTP/1.1 and HTTP/2 alike. */
export type DualProtocolHandler = (
  request: IncomingMessage | Http2ServerRequest,
  response: ServerResponse | Http2ServerResponse,
) => void;

/** A TCP server that speaks HTTP/1.1 and cleartext HTTP/2 on one port. */
export interface DualProtocolServer {
  server: Server;
  /** Ends every open connection (HTTP/2 clients keep theirs open between requests). */
  destroyConnections(): void;
}

// Every HTTP/2 connection with prior knowledge opens with this preface; no HTTP/1.1 request can.
const HTTP2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
const SILENT_CONNECTION_MS = 30_000;

/**
 * Serves both protocols on one port by peeking at the first bytes of each connection: the AWS SDK's
 * Bedrock Runtime client speaks HTTP/2 (h2c with prior knowledge) while other clients and plain
 * `fetch` speak HTTP/1.1. The bytes read are pushed back and the socket handed to the right server.
 */
export function createDualProtocolServer(handler: DualProtocolHandler): DualProtocolServer {
  const http1 = createHttp1Server(handler);
  const http2 = createHttp2Server(handler);
  const sockets = new Set<Socket>();

  // A broken HTTP/2 session must not take the process down; the client sees its stream reset.
  http2.on("sessionError", () => {});

  const route = (socket: Socket): void => {
    let seen = Buffer.alloc(0);
    // A connection that never says anything would otherwise be held open forever.
    socket.setTimeout(SILENT_CONNECTION_MS, () => socket.destroy());
    const onData = (chunk: Buffer): void => {
      seen = Buffer.concat([seen, chunk]);
      const compared = Math.min(seen.length, HTTP2_PREFACE.length);
      const looksLikeHttp2 = seen.subarray(0, compared).equals(HTTP2_PREFACE.subarray(0, compared));
      if (looksLikeHttp2 && seen.length < HTTP2_PREFACE.length) return; // the preface may arrive in pieces
      socket.off("data", onData);
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(seen);
      if (looksLikeHttp2) {
        http2.emit("connection", socket);
      } else {
        http1.emit("connection", socket);
        socket.resume();
      }
    };
    socket.on("data", onData);
  };

  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    // Errors before a server owns the socket (a client resetting) must not crash the process.
    socket.on("error", () => socket.destroy());
    route(socket);
  });

  return {
    server,
    destroyConnections: () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}
