import { describe, expect, it } from "vitest";
import { buildModelMessages } from "./build-model-messages.ts";

describe("buildModelMessages", () => {
  it("alternates roles, treating agents as the assistant", () => {
    const messages = buildModelMessages(
      [
        { role: "user", text: "hi" },
        { role: "assistant", text: "hello" },
        { role: "agent", text: "a person here" },
      ],
      { role: "user", content: [{ text: "question" }] },
    );
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    expect(messages[1].content).toEqual([{ text: "hello" }, { text: "a person here" }]);
  });

  it("merges a dangling user message (a failed earlier turn) into the latest one", () => {
    const messages = buildModelMessages([{ role: "user", text: "first try" }], { role: "user", content: [{ text: "again" }] });
    expect(messages).toEqual([{ role: "user", content: [{ text: "first try" }, { text: "again" }] }]);
  });

  it("drops leading assistant messages (e.g. a greeting)", () => {
    const messages = buildModelMessages([{ role: "assistant", text: "Welcome!" }], { role: "user", content: [{ text: "q" }] });
    expect(messages).toHaveLength(1);
  });
});
