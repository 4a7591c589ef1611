/**
 * Compiles a policy regex to a global JavaScript RegExp that reports group offsets (`d`).
 * Accepts a leading `(?i)` (Java / Bedrock style), which JavaScript only gained later.
 */
export function compileCustomRegex(pattern: string): RegExp {
  let source = pattern;
  let flags = "gd";
  if (source.startsWith("(?i)")) {
    source = source.slice(4);
    flags += "i";
  }
  try {
    return new RegExp(source, `${flags}u`);
  } catch {
    // Patterns written for other engines often use identity escapes (`\-`, `\_`) that unicode mode rejects.
    return new RegExp(source, flags);
  }
}
