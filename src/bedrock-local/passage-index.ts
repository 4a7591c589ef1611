import { normalizeLanguage } from "../i18n/language.ts";
import { detectLanguage } from "./language-detection.ts";
import { passageFeatures } from "./passage-features.ts";
import type { PassageFeatures } from "./passage-features.ts";
import { splitPassage } from "./sentence-splitter.ts";
import type { PassageUnit } from "./sentence-splitter.ts";
import type { PromptSource } from "./source-parser.ts";
import type { ReplyLanguage } from "./text-folding.ts";
import { foldCase, stripAccents } from "./text-folding.ts";

/** A passage unit with what it is matched against: its own text, its section heading and its source title. */
export interface IndexedUnit {
  source: PromptSource;
  language: ReplyLanguage | undefined;
  unit: PassageUnit;
  /** Position among the units of its source. */
  position: number;
  features: PassageFeatures;
  section: PassageFeatures | undefined;
  /** For a list item, what the other items of its list say. */
  siblings: PassageFeatures | undefined;
  title: PassageFeatures;
  /** True for the first sentence after its heading or FAQ question. */
  opensSection: boolean;
  /** Count of sentences before this one in its section: help articles lead with the key fact. */
  sectionPosition: number;
}

type SourceUnits = Omit<IndexedUnit, "source">[];

// A help center's passages come back turn after turn; indexing one is most of the answerer's work.
const CACHE_SIZE = 512;
const cache = new Map<string, SourceUnits>();

/** Splits every source into units and attaches each unit's context. */
export function indexSources(sources: readonly PromptSource[]): IndexedUnit[] {
  return sources.flatMap((source) => {
    const key = `${source.title}\u0000${source.lang ?? ""}\u0000${source.text}`;
    let units = cache.get(key);
    if (units) {
      cache.delete(key);
    } else {
      units = indexSource(source);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
    }
    cache.set(key, units);
    return units.map((unit) => ({ ...unit, source }));
  });
}

function indexSource(source: PromptSource): SourceUnits {
  const indexed: SourceUnits = [];
  const language = normalizeLanguage(source.lang) ?? detectLanguage(source.text);
  const title = passageFeatures(source.title);
  let heading: PassageFeatures | undefined;
  let question: PassageFeatures | undefined;
  let listIntro: PassageFeatures | undefined;
  let sectionPosition = 0;
  let tableRow = false;
  let sectionJustOpened = false;
  splitPassage(source.text).forEach((unit, position) => {
    const features = passageFeatures(unit.text);
    const isContext = unit.kind === "heading" || unit.kind === "question";
    let section = heading && question ? mergeFeatures(heading, question) : (question ?? heading);
    // A list item is read with the sentence that introduces the list ("We accept:").
    if (unit.kind === "list-item" && listIntro) section = section ? mergeFeatures(section, listIntro) : listIntro;
    indexed.push({
      language,
      unit,
      position,
      features,
      section: isContext ? undefined : section,
      siblings: undefined,
      title,
      // A table row is read through its header, as a sentence through the heading it opens.
      opensSection: (sectionJustOpened && !isContext) || (unit.kind === "list-item" && tableRow),
      sectionPosition: isContext ? 0 : sectionPosition,
    });
    if (unit.kind === "heading") {
      heading = features;
      question = undefined;
    } else if (unit.kind === "question") {
      question = features;
    }
    // A heading that repeats the article title says what the whole article is about, not what
    // the sentence under it answers.
    const titleHeading = unit.kind === "heading" && sameText(unit.text, source.title);
    if (unit.kind === "sentence") listIntro = /[:：]\s*$/.test(unit.text) ? features : undefined;
    if (unit.kind === "table-header") listIntro = features;
    tableRow = unit.kind === "table-header" || (tableRow && unit.kind === "list-item");
    sectionPosition = isContext ? 0 : sectionPosition + (unit.kind === "list-item" ? 0 : 1);
    sectionJustOpened = isContext && !titleHeading;
  });
  addListContext(indexed);
  return indexed;
}

// The items of one list share its topic: "Phone: +1 503…" tells the item "Saturday 8 am–4 pm" what it is about.
function addListContext(indexed: SourceUnits): void {
  const lists = new Map<number, SourceUnits>();
  for (const entry of indexed) {
    if (entry.unit.kind !== "list-item") continue;
    lists.set(entry.unit.block, [...(lists.get(entry.unit.block) ?? []), entry]);
  }
  for (const items of lists.values()) {
    if (items.length < 2) continue;
    const shared = items.map((item) => item.features).reduce(mergeFeatures);
    for (const item of items) item.siblings = shared;
  }
}

function sameText(left: string, right: string): boolean {
  const simplify = (text: string): string => stripAccents(foldCase(text)).replace(/[^\p{L}\p{N}]+/gu, "");
  return simplify(left) === simplify(right);
}

function mergeFeatures(left: PassageFeatures, right: PassageFeatures): PassageFeatures {
  return {
    stems: new Set([...left.stems, ...right.stems]),
    prefixes: new Set([...left.prefixes, ...right.prefixes]),
    ranges: [...left.ranges, ...right.ranges],
    concepts: new Set([...left.concepts, ...right.concepts]),
    cjk: `${left.cjk}|${right.cjk}`,
  };
}
