import { describe, expect, it } from "vitest";
import { decodeVector, encodeVector } from "./encode-vector.ts";

describe("encodeVector", () => {
  it("round-trips a vector to float32 precision", () => {
    const vector = [0.1, -0.25, 1 / 3, 0, -1, 0.123456789];
    const decoded = Array.from(decodeVector(encodeVector(vector)));
    expect(decoded).toHaveLength(vector.length);
    decoded.forEach((value, index) => expect(value).toBeCloseTo(vector[index], 6));
  });

  it("takes about a third of the characters JSON needs for a normalized 1024-dimension embedding", () => {
    const vector = Array.from({ length: 1024 }, (_, index) => Math.sin(index) / 22.6);
    expect(encodeVector(vector).length).toBe(5464);
    expect(encodeVector(vector).length).toBeLessThan(JSON.stringify(vector).length / 3);
  });
});
