import { describe, expect, it } from "vitest";
import { createConversationTokens } from "./conversation-tokens.ts";

describe("conversation tokens", () => {
  const tokens = createConversationTokens("a-secret-that-is-long-enough-for-tests");

  it("verifies a token it issued", () => {
    expect(tokens.verify(tokens.issue("c-1"))).toBe("c-1");
  });

  it("rejects a token for another conversation, a forged signature and garbage", () => {
    const token = tokens.issue("c-1");
    expect(tokens.verify(token.replace("c-1", "c-2"))).toBeUndefined();
    expect(tokens.verify(`${token.slice(0, -2)}xx`)).toBeUndefined();
    expect(tokens.verify("nonsense")).toBeUndefined();
    expect(tokens.verify("")).toBeUndefined();
  });

  it("rejects tokens signed with another secret", () => {
    const other = createConversationTokens("another-secret-that-is-long-enough!!");
    expect(tokens.verify(other.issue("c-1"))).toBeUndefined();
  });
});
