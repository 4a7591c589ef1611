/** One Server-Sent Event: its name and its (joined) data lines. */
export interface SseEvent {
  event: string;
  data: string;
}

/** Parses a Server-Sent Events body into events; comments and keep-alives are skipped. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let event = "";
  let data: string[] = [];
  const takeLine = (line: string): SseEvent | undefined => {
    if (line === "") {
      const complete = data.length ? { event: event || "message", data: data.join("\n") } : undefined;
      event = "";
      data = [];
      return complete;
    }
    const colon = line.indexOf(":");
    if (colon === 0) return undefined;
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(line[colon + 1] === " " ? colon + 2 : colon + 1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    return undefined;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (let match = /\r\n|\r|\n/.exec(buffer); match; match = /\r\n|\r|\n/.exec(buffer)) {
        // A "\r\n" may be split across two chunks.
        if (match[0] === "\r" && match.index === buffer.length - 1 && !done) break;
        const complete = takeLine(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
        if (complete) yield complete;
      }
      if (done) {
        const last = takeLine(buffer) ?? takeLine("");
        if (last) yield last;
        return;
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
