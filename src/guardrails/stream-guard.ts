import { anonymize } from "./anonymize.ts";
import { findSafeCut, findSentenceEnd } from "./find-sentence-end.ts";
import type { GuardrailEngine, GuardrailResult } from "./types.ts";

export interface StreamGuardStep {
  /** Checked text that may now be shown to the customer (anonymized where the policy says so). */
  emit: string;
  /** Set once a sentence is blocked; from then on nothing more is emitted. */
  blocked?: GuardrailResult;
}

export interface StreamGuard {
  push(delta: string): StreamGuardStep;
  /** Checks and releases whatever is left at the end of the stream. */
  flush(): StreamGuardStep;
}

export interface StreamGuardOptions {
  language?: string;
  /** A run-on text without sentence punctuation is checked in pieces of about this many characters. */
  maxSentenceLength?: number;
}

/**
 * Guards a streamed model answer: text is held back until a sentence is complete, each sentence is
 * checked as OUTPUT, and only checked text is released. The previous sentence is checked along with
 * the current one, so a keyword and its number ("Account number:\n12345678") are seen together.
 * Findings of a blocked step carry offsets into the whole streamed text.
 */
export function createStreamGuard(engine: GuardrailEngine, options: StreamGuardOptions = {}): StreamGuard {
  const maxSentenceLength = options.maxSentenceLength ?? 600;
  let buffer = "";
  let context = "";
  // Offset of `context` within everything streamed so far.
  let contextStart = 0;
  let blocked: GuardrailResult | undefined;

  function release(sentence: string): string | undefined {
    if (sentence.trim().length === 0) {
      context += sentence;
      return sentence;
    }
    const result = engine.check(context + sentence, { source: "OUTPUT", language: options.language });
    const offset = context.length;
    if (result.action === "BLOCKED") {
      const findings = result.findings.map((finding) => ({
        ...finding,
        start: contextStart + finding.start,
        end: contextStart + finding.end,
      }));
      blocked = { ...result, findings };
      return undefined;
    }
    const ownFindings = result.findings
      .filter((finding) => finding.end > offset)
      .map((finding) => ({ ...finding, start: Math.max(finding.start - offset, 0), end: finding.end - offset }));
    contextStart += context.length;
    context = sentence;
    return anonymize(sentence, ownFindings);
  }

  function drain(final: boolean): StreamGuardStep {
    if (blocked) return { emit: "", blocked };
    let emit = "";
    for (;;) {
      let end = findSentenceEnd(buffer);
      if (end === undefined && buffer.length > maxSentenceLength) end = findSafeCut(buffer, maxSentenceLength);
      if (end === undefined && final && buffer.length > 0) end = buffer.length;
      if (end === undefined) break;
      const sentence = buffer.slice(0, end);
      buffer = buffer.slice(end);
      const released = release(sentence);
      if (released === undefined) return { emit, blocked };
      emit += released;
    }
    return { emit };
  }

  return {
    push(delta) {
      if (!blocked) buffer += delta;
      return drain(false);
    },
    flush() {
      return drain(true);
    },
  };
}
