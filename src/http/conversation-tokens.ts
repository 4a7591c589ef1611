import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Conversation tokens: the conversation id plus an HMAC of it under the server's secret. A token
 * opens exactly one conversation; nothing is stored, so any node with the secret can check it.
 */
export function createConversationTokens(secret: string) {
  const sign = (conversationId: string) => createHmac("sha256", secret).update(`conversation:${conversationId}`).digest("base64url");
  return {
    issue(conversationId: string): string {
      return `${conversationId}.${sign(conversationId)}`;
    },
    /** The conversation id the token opens, or undefined when it is forged or malformed. */
    verify(token: string): string | undefined {
      const separator = token.lastIndexOf(".");
      if (separator <= 0) return undefined;
      const conversationId = token.slice(0, separator);
      const given = Buffer.from(token.slice(separator + 1));
      const expected = Buffer.from(sign(conversationId));
      return given.length === expected.length && timingSafeEqual(given, expected) ? conversationId : undefined;
    },
  };
}

export type ConversationTokens = ReturnType<typeof createConversationTokens>;
