import type { Language } from "./language.ts";
import { de } from "./texts/de.ts";
import { en } from "./texts/en.ts";
import { es } from "./texts/es.ts";
import { fr } from "./texts/fr.ts";
import { zh } from "./texts/zh.ts";

/** A fixed text shown to customers; English defines the set. */
export type TextKey = keyof typeof en;

export type TextVariables = Record<string, string | number>;

const texts: Record<Language, Record<TextKey, string>> = { en, es, fr, de, zh };

const placeholder = /\{(\w+)\}/g;

/** The fixed text `key` in `language`, with `{name}` placeholders filled from `variables`. */
export function text(key: TextKey, language: Language, variables: TextVariables = {}): string {
  // A missing variable stays visible as {name}: a wrong text is better found than hidden.
  return texts[language][key].replace(placeholder, (whole, name: string) =>
    Object.hasOwn(variables, name) ? String(variables[name]) : whole,
  );
}

/** The name of language `named`, written in `language` ("inglés" for en in es). */
export function languageName(named: Language, language: Language): string {
  return text(`languageName.${named}`, language);
}

/** Every key, for checks that each language has them all. */
export const textKeys = Object.keys(en) as TextKey[];

/** The raw, uninterpolated table, for tests and tooling. */
export function textsFor(language: Language): Readonly<Record<TextKey, string>> {
  return texts[language];
}
