// Longer first lines are prose, not a title.
const maximumTitleLength = 120;

/** The file name without folders or extension, e.g. "docs/returns-policy.md" → "returns-policy". */
export function titleFromFilename(filename: string | undefined): string | undefined {
  const base = filename?.split(/[\\/]/).pop()?.replace(/\.[A-Za-z0-9]+$/, "").trim();
  return base || undefined;
}

/** The first non-empty line when it is short enough to be a title. */
export function titleFromFirstLine(text: string): string | undefined {
  const line = text
    .split("\n")
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate.length > 0);
  return line && line.length < maximumTitleLength ? line : undefined;
}
