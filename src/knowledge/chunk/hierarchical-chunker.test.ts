import { describe, expect, it } from "vitest";
import { chunkDocument, defaultChunkOptions, estimateTokens } from "./hierarchical-chunker.ts";
import type { ChunkOptions } from "./hierarchical-chunker.ts";
import { planChunks } from "./plan-chunks.ts";
import type { ChunkPlan } from "./plan-chunks.ts";

// Plain checks rather than expect(): the generated-document test makes hundreds of thousands of them.
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** Check every structural promise of chunkDocument, using the offsets behind it. */
function checkInvariants(text: string, options: ChunkOptions = defaultChunkOptions) {
  const parents = chunkDocument(text, options);
  const plans = planChunks(text, options);
  expect(parents).toHaveLength(plans.length);
  const covered = new Uint8Array(text.length);
  let previousParentEnd = 0;
  parents.forEach((parent, parentIndex) => {
    const plan = plans[parentIndex];
    const where = () => `parent ${parentIndex} ${JSON.stringify(parent.text.slice(0, 40))}`;
    check(parent.index === parentIndex, () => `${where()}: index ${parent.index}`);
    check(parent.text === text.slice(plan.start, plan.end), () => `${where()}: text is not its span`);
    check(parent.text.length > 0 && parent.text.trim() === parent.text, () => `${where()}: empty or untrimmed`);
    check(plan.start >= previousParentEnd, () => `${where()}: overlaps the parent before`);
    previousParentEnd = plan.end;
    check(parent.heading === plan.heading, () => `${where()}: heading ${parent.heading}`);
    check(parent.tokenCount === estimateTokens(parent.text), () => `${where()}: tokenCount ${parent.tokenCount}`);
    check(parent.tokenCount <= options.parentTokens, () => `${where()}: ${parent.tokenCount} tokens`);
    check(parent.children.length > 0 && parent.children.length === plan.children.length, () => `${where()}: children`);

    parent.children.forEach((child, childIndex) => {
      const span = plan.children[childIndex];
      const at = () => `${where()} child ${childIndex} ${JSON.stringify(child.text.slice(0, 60))}`;
      check(child.index === childIndex, () => `${at()}: index ${child.index}`);
      check(child.text === span.prefix + text.slice(span.start, span.end), () => `${at()}: text is not prefix + span`);
      check(text.slice(span.start, span.end).trim().length > 0, () => `${at()}: empty`);
      check(span.start >= plan.start && span.end <= plan.end, () => `${at()}: outside its parent`);
      if (childIndex > 0) {
        const previous = plan.children[childIndex - 1];
        check(span.start > previous.start && span.end > previous.end, () => `${at()}: does not advance`);
      }
      check(child.tokenCount === estimateTokens(child.text), () => `${at()}: tokenCount ${child.tokenCount}`);
      check(child.tokenCount <= options.childTokens, () => `${at()}: ${child.tokenCount} tokens`);
      covered.fill(1, span.start, span.end);
    });
  });
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    const isSpace = code === 0x20 || code === 0x0a || code === 0x09;
    check(isSpace || covered[offset] === 1, () => `character ${offset} (${JSON.stringify(text.slice(offset, offset + 20))}) is in no child`);
  }
  return { parents, plans };
}

/** The text two consecutive children share. */
function overlapBetween(text: string, plan: ChunkPlan, childIndex: number): string {
  const previous = plan.children[childIndex - 1];
  const current = plan.children[childIndex];
  return current.start < previous.end ? text.slice(current.start, previous.end) : "";
}

// A deterministic pseudo-random generator keeps generated documents stable between runs.
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const vocabulary = ["refund", "order", "parcel", "delivery", "warranty", "card", "customer", "return", "days", "support", "item", "label"];

const hanzi = "退货政策收到商品后三十天内可以退款将在五个工作日内回原支付方式订单包裹物流客服";

/** A document mixing headings, prose, lists, PDF-style wrapped lines, CJK and run-on text. */
function generateDocument(seed: number): string {
  const random = generator(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const sentence = () => {
    const words = Array.from({ length: 3 + Math.floor(random() * 25) }, () => pick(vocabulary));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(" ")}${pick([".", ".", ".", "?", "!"])}`;
  };
  const cjkSentence = () => `${Array.from({ length: 5 + Math.floor(random() * 40) }, () => pick(Array.from(hanzi))).join("")}${pick(["。", "！", "？"])}`;
  const blocks: string[] = [];
  const blockCount = 5 + Math.floor(random() * 40);
  for (let index = 0; index < blockCount; index++) {
    const roll = random();
    const count = 1 + Math.floor(random() * 8);
    if (roll < 0.15) blocks.push(pick([`## Section ${index}`, `Section ${index} overview`]));
    else if (roll < 0.25) blocks.push(Array.from({ length: 1 + count }, () => `- ${sentence()}`).join("\n"));
    else if (roll < 0.35) blocks.push(Array.from({ length: count }, sentence).join(" ").replace(/(.{60,75}) /g, "$1\n"));
    else if (roll < 0.45) blocks.push(Array.from({ length: count }, cjkSentence).join(""));
    else if (roll < 0.5) blocks.push(Array.from({ length: 100 + Math.floor(random() * 400) }, () => pick(vocabulary)).join(" "));
    else blocks.push(Array.from({ length: count }, sentence).join(" "));
  }
  return blocks.join("\n\n");
}

describe("chunkDocument", () => {
  it("makes one parent with one child from a tiny document", () => {
    const parents = chunkDocument("Returns are free within 30 days.");
    expect(parents).toEqual([
      {
        index: 0,
        text: "Returns are free within 30 days.",
        tokenCount: 8,
        children: [{ index: 0, text: "Returns are free within 30 days.", tokenCount: 8 }],
      },
    ]);
  });

  it("keeps a tiny document with headings in one child", () => {
    const parents = chunkDocument("Returns\n\nFree within 30 days.\n\nRefunds\n\nWithin 5 days.");
    expect(parents).toHaveLength(1);
    expect(parents[0].heading).toBe("Returns");
    expect(parents[0].children.map((child) => child.text)).toEqual(["Returns\n\nFree within 30 days.\n\nRefunds\n\nWithin 5 days."]);
  });

  it("returns nothing for empty text", () => {
    expect(chunkDocument("")).toEqual([]);
    expect(chunkDocument(" \n\n\t ")).toEqual([]);
  });

  it("holds its promises on many generated documents and option sets", () => {
    const optionSets: ChunkOptions[] = [
      defaultChunkOptions,
      { parentTokens: 200, childTokens: 60, overlapTokens: 15 },
      { parentTokens: 80, childTokens: 80, overlapTokens: 20 },
      { parentTokens: 50, childTokens: 20, overlapTokens: 5 },
      { parentTokens: 30, childTokens: 12, overlapTokens: 0 },
    ];
    for (let seed = 1; seed <= 30; seed++) {
      const text = generateDocument(seed);
      for (const options of optionSets) checkInvariants(text, options);
    }
  });

  it("builds children of about childTokens that overlap at sentence boundaries", () => {
    const sentences = Array.from({ length: 60 }, (_, index) => `Sentence number ${index} says something useful about orders.`);
    const text = sentences.join(" ");
    const options = { parentTokens: 1500, childTokens: 100, overlapTokens: 25 };
    const { parents, plans } = checkInvariants(text, options);
    expect(parents).toHaveLength(1);
    const children = parents[0].children;
    expect(children.length).toBeGreaterThan(5);
    for (const child of children.slice(0, -1)) expect(child.tokenCount).toBeGreaterThan(options.childTokens * 0.75);
    for (let index = 1; index < children.length; index++) {
      const overlap = overlapBetween(text, plans[0], index);
      expect(estimateTokens(overlap)).toBeGreaterThan(options.overlapTokens / 2);
      expect(estimateTokens(overlap)).toBeLessThanOrEqual(options.overlapTokens);
      expect(overlap).toMatch(/^Sentence number \d+/);
      expect(overlap).toMatch(/orders\.$/);
    }
  });

  it("starts each child that lacks its heading with a short heading prefix", () => {
    const body = Array.from({ length: 30 }, (_, index) => `Refund rule ${index} applies to every order placed online.`).join(" ");
    const text = `Returns policy\n\nWelcome to our policy pages.\n\nRefund timing\n\n${body}`;
    const { parents } = checkInvariants(text, { parentTokens: 400, childTokens: 60, overlapTokens: 15 });
    const children = parents.flatMap((parent) => parent.children);
    expect(children[0].text.startsWith("Returns policy\n\n")).toBe(true);
    const refundChildren = children.filter((child) => child.text.includes("Refund rule"));
    expect(refundChildren[0].text.startsWith("Refund timing\n\n")).toBe(true);
    for (const child of refundChildren.slice(1)) expect(child.text.startsWith("Refund timing — Refund rule")).toBe(true);
  });

  it("sets the parent heading and starts new parents at sections", () => {
    const section = (name: string) => `## ${name}\n\n${`The ${name.toLowerCase()} rules are simple and fair. `.repeat(15).trim()}`;
    const text = [section("Returns"), section("Refunds"), section("Exchanges")].join("\n\n");
    const { parents } = checkInvariants(text, { parentTokens: 200, childTokens: 100, overlapTokens: 20 });
    expect(parents.map((parent) => parent.heading)).toEqual(["Returns", "Refunds", "Exchanges"]);
    expect(parents[1].text.startsWith("## Refunds")).toBe(true);
    expect(parents[1].children[1].text.startsWith("Refunds — ")).toBe(true);
  });

  it("packs small sections together and splits a large one across parents", () => {
    const small = "## Hours\n\nOpen daily.\n\n## Phone\n\nCall us any time.";
    const large = `## Terms\n\n${Array.from({ length: 40 }, (_, index) => `Term ${index} covers a specific case in detail.`).join("\n\n")}`;
    const { parents } = checkInvariants(`${small}\n\n${large}`, { parentTokens: 120, childTokens: 50, overlapTokens: 10 });
    expect(parents[0].text).toBe(small);
    expect(parents.length).toBeGreaterThan(3);
    for (const parent of parents.slice(1)) {
      expect(parent.heading).toBe("Terms");
      expect(parent.text).toMatch(/^(## Terms|Term \d+)/);
    }
  });

  it("splits CJK text at 。！？ and counts one token per character", () => {
    const sentence = (index: number) => `第${index}条：收到商品后三十天内可以退货，退款将在五个工作日内退回原支付方式。`;
    const text = `退货政策\n\n${Array.from({ length: 40 }, (_, index) => sentence(index)).join("")}`;
    const options = { parentTokens: 500, childTokens: 120, overlapTokens: 30 };
    const { parents, plans } = checkInvariants(text, options);
    expect(parents.length).toBeGreaterThan(1);
    expect(parents.map((parent) => parent.heading)).toEqual(parents.map(() => "退货政策"));
    const children = parents.flatMap((parent) => parent.children);
    for (const child of children.slice(1)) expect(child.text.startsWith("退货政策 — 第")).toBe(true);
    // Windows end where sentences end, and the overlap is whole sentences.
    for (const child of children) expect(child.text.endsWith("。")).toBe(true);
    expect(overlapBetween(text, plans[0], 1)).toMatch(/^第\d+条[^。]*。$/);
  });

  it("cuts a single huge sentence at words, keeping the overlap", () => {
    const text = Array.from({ length: 3000 }, (_, index) => `word${index}`).join(" ");
    const options = { parentTokens: 1500, childTokens: 300, overlapTokens: 60 };
    const { parents, plans } = checkInvariants(text, options);
    expect(parents.length).toBeGreaterThan(1);
    plans.forEach((plan) => {
      for (let index = 1; index < plan.children.length; index++) {
        const overlap = overlapBetween(text, plan, index);
        expect(estimateTokens(overlap)).toBeGreaterThan(options.overlapTokens / 2);
        expect(overlap).toMatch(/^word\d+/);
      }
    });
  });

  it("cuts a CJK run without punctuation at characters", () => {
    const text = "退".repeat(1000);
    const { parents } = checkInvariants(text, { parentTokens: 400, childTokens: 100, overlapTokens: 20 });
    expect(parents.length).toBe(3);
  });

  it("cuts a single word longer than a child by length", () => {
    const text = `Token: ${"x".repeat(5000)} end.`;
    checkInvariants(text, { parentTokens: 600, childTokens: 100, overlapTokens: 20 });
  });

  it("finds headings in PDF-style text with no blank lines", () => {
    const text = [
      "Warranty Policy",
      "Every product carries a two-year limited warranty.",
      "What is not covered",
      "Damage caused by accidents or misuse is not covered.",
    ].join("\n");
    const { parents } = checkInvariants(text, { parentTokens: 20, childTokens: 20, overlapTokens: 5 });
    expect(parents.map((parent) => parent.heading)).toEqual(["Warranty Policy", "What is not covered"]);
  });

  it("is deterministic", () => {
    const text = generateDocument(99);
    expect(chunkDocument(text, { childTokens: 50, overlapTokens: 10, parentTokens: 150 })).toEqual(
      chunkDocument(text, { childTokens: 50, overlapTokens: 10, parentTokens: 150 }),
    );
  });

  it("rejects sizes that cannot work", () => {
    expect(() => chunkDocument("x", { childTokens: 0 })).toThrow(RangeError);
    expect(() => chunkDocument("x", { childTokens: 400, parentTokens: 300 })).toThrow(/cannot exceed/);
    expect(() => chunkDocument("x", { overlapTokens: 300 })).toThrow(/smaller than childTokens/);
    expect(() => chunkDocument("x", { parentTokens: 1.5 })).toThrow(RangeError);
  });
});
