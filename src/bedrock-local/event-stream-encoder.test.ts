import { describe, expect, it } from "vitest";
import { decodeFrame, encodeEvent, encodeException } from "./event-stream-encoder.ts";

function u32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

describe("encodeEvent", () => {
  it("matches the reference frame for a contentBlockDelta event", () => {
    const frame = encodeEvent("contentBlockDelta", { contentBlockIndex: 0, delta: { text: "Hello" }, p: "abcd" });
    expect(frame.byteLength).toBe(162);
    expect(u32(frame, 0)).toBe(162); // total length
    expect(u32(frame, 4)).toBe(87); // headers length
    expect(u32(frame, 8).toString(16)).toBe("9acad7c8"); // prelude CRC
    expect(u32(frame, 158).toString(16)).toBe("9b1cfb23"); // message CRC
  });

  it("round-trips headers and payload", () => {
    const decoded = decodeFrame(encodeEvent("messageStop", { stopReason: "end_turn" }));
    expect(decoded.headers).toEqual({ ":message-type": "event", ":event-type": "messageStop", ":content-type": "application/json" });
    expect(decoded.payload).toEqual({ stopReason: "end_turn" });
  });

  it("marks exceptions with their type", () => {
    const decoded = decodeFrame(encodeException("throttlingException", { message: "slow down" }));
    expect(decoded.headers[":message-type"]).toBe("exception");
    expect(decoded.headers[":exception-type"]).toBe("throttlingException");
    expect(decoded.payload).toEqual({ message: "slow down" });
  });
});
