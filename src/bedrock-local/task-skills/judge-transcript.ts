import { detectHumanRequest } from "../../escalation/detect-human-request.ts";
import { detectResolution } from "../../escalation/detect-resolution.ts";
import { findCue } from "../../escalation/find-cue.ts";
import { scoreSentiment } from "../../escalation/score-sentiment.ts";
import type { Judgement } from "../../models/prompts/judge.ts";
import { conceptsInText } from "../concept-matcher.ts";
import { classifySmallTalk } from "../small-talk.ts";
import { isStopWord } from "../stop-words.ts";
import { tokenize } from "../text-folding.ts";
import { declineCues } from "./decline-cues.ts";
import type { TranscriptEntry } from "./read-task-prompt.ts";

const frustratedBelow = -0.4;
const citation = /\[\d+\]/u;

function contentKeys(text: string): Set<string> {
  return new Set(tokenize(text).filter((token) => token.cjk || (token.key.length > 2 && !isStopWord(token.key))).map((token) => token.key));
}

// A reply addresses a question when it shares a help-desk concept or a content word with it.
function addresses(question: string, reply: string): boolean {
  const concepts = conceptsInText(reply);
  if ([...conceptsInText(question)].some((concept) => concepts.has(concept))) return true;
  const words = contentKeys(reply);
  // Chinese runs are not split into words: a shared run of two characters counts.
  return [...contentKeys(question)].some((key) => words.has(key) || (/\p{Script=Han}{2}/u.test(key) && [...words].some((word) => sharesHanPair(key, word))));
}

function sharesHanPair(left: string, right: string): boolean {
  for (let index = 0; index + 2 <= left.length; index += 1) if (right.includes(left.slice(index, index + 2))) return true;
  return false;
}

/**
 * The "quality" rubric computed from the transcript, criterion by criterion, starting from 3:
 * answered (+1/-1), cited (+1/-1), declined rather than guessed (noted, no change), and how the
 * customer ends (+1 satisfied / -1 frustrated, repeating or asking for a person). It cannot tell
 * an invented fact from a sourced one; a cited reply is taken at its word.
 */
export function judgeTranscript(transcript: readonly TranscriptEntry[]): Judgement {
  const reasons: string[] = [];
  let score = 3;
  const exchanges = transcript.flatMap((entry, index) => {
    // Greetings, thanks and "that solved it" ask for nothing.
    if (entry.role !== "customer" || classifySmallTalk(entry.text) || detectResolution(entry.text).matched) return [];
    const reply = transcript.slice(index + 1).find((next) => next.role !== "customer");
    return [{ question: entry.text, reply: reply?.text }];
  });
  const declined = exchanges.filter((exchange) => exchange.reply !== undefined && findCue(exchange.reply, declineCues).matched);
  const answered = exchanges.filter((exchange) => exchange.reply !== undefined && !declined.includes(exchange) && addresses(exchange.question, exchange.reply));
  const unanswered = exchanges.length - answered.length - declined.length;

  if (exchanges.length > 0 && unanswered === 0 && answered.length > 0) {
    score += 1;
    reasons.push(`answered: every customer question got a reply on its topic (${answered.length}).`);
  } else if (unanswered > 0) {
    score -= 1;
    reasons.push(`answered: ${unanswered} of ${exchanges.length} customer questions got no reply on their topic.`);
  }

  const cited = answered.filter((exchange) => citation.test(exchange.reply ?? "")).length;
  if (answered.length > 0 && cited === answered.length) {
    score += 1;
    reasons.push("cited: every substantive reply cites its sources.");
  } else if (answered.length > 0 && cited === 0) {
    score -= 1;
    reasons.push("cited: no reply cites a source.");
  } else if (answered.length > 0) {
    reasons.push(`cited: ${cited} of ${answered.length} substantive replies cite a source.`);
  }

  if (declined.length > 0) reasons.push(`declined well: ${declined.length} reply said it did not have the information instead of guessing.`);

  const customer = transcript.filter((entry) => entry.role === "customer");
  const last = customer.at(-1);
  if (last) {
    const repeated = customer.slice(0, -1).some((earlier) => earlier.text.trim().toLowerCase() === last.text.trim().toLowerCase());
    if (detectResolution(last.text).matched) {
      score += 1;
      reasons.push("customer outcome: the customer ends satisfied.");
    } else if (repeated || detectHumanRequest(last.text).matched || scoreSentiment(last.text).score < frustratedBelow) {
      score -= 1;
      reasons.push("customer outcome: the customer ends frustrated, repeats the question or asks for a person.");
    }
  }
  if (reasons.length === 0) reasons.push("no criterion moved the score from the middle.");
  return { score: Math.min(5, Math.max(1, score)), reasons };
}
