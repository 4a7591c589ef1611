import { Fragment, type ReactNode } from "react";

/** A source the answer cites as `[n]`. */
export interface CitationLink {
  index: number;
  title?: string;
  externalId?: string;
  url?: string | null;
}

/** Only http(s) URLs become links; relative ones resolve against `base` (the Switchboard server). */
export function safeHref(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Bold, inline code, [text](url) links and [n] citation markers; everything else stays text.
const inlinePattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\[(\d{1,3})\]/g;

function renderInline(text: string, options: RenderOptions, keyPrefix: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push(text.slice(last, start));
    const id = `${keyPrefix}-${key++}`;
    const [whole, bold, code, linkText, linkUrl, citationNumber] = match;
    if (bold !== undefined) nodes.push(<strong key={id}>{bold}</strong>);
    else if (code !== undefined) nodes.push(<code key={id}>{code}</code>);
    else if (linkText !== undefined && linkUrl !== undefined) {
      const href = safeHref(linkUrl, options.base);
      nodes.push(href ? <a key={id} href={href} target="_blank" rel="noopener noreferrer">{linkText}</a> : linkText);
    } else if (citationNumber !== undefined) {
      const citation = options.citations.find((candidate) => candidate.index === Number(citationNumber));
      const href = citation?.url ? safeHref(citation.url, options.base) : undefined;
      const title = citation?.title || citation?.externalId;
      nodes.push(
        citation ? (
          <sup key={id} className="cite">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={title} aria-label={`${options.sourceLabel} ${citationNumber}${title ? `: ${title}` : ""}`} data-citation={citationNumber}>
                {whole}
              </a>
            ) : (
              whole
            )}
          </sup>
        ) : (
          whole
        ),
      );
    }
    last = start + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

export interface RenderOptions {
  citations: readonly CitationLink[];
  /** Where relative citation URLs point (the Switchboard origin, not the host page). */
  base: string;
  /** "Source", localized, for the citation links' accessible names. */
  sourceLabel: string;
}

/**
 * Renders the little markdown models write (paragraphs, bullet and numbered lists, headings, bold,
 * code, http(s) links, `[n]` citations) as React elements. Text is never parsed as HTML, so markup
 * in a model answer or a knowledge-base article shows as text and cannot run.
 */
export function renderMarkdown(text: string, options: RenderOptions): ReactNode {
  const blocks: ReactNode[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    const key = `b${blocks.length}`;
    if (paragraph.length) {
      blocks.push(
        <p key={key}>
          {paragraph.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {renderInline(line, options, `${key}-${index}`)}
            </Fragment>
          ))}
        </p>,
      );
      paragraph = [];
    } else if (list) {
      const items = list.items.map((item, index) => <li key={index}>{renderInline(item, options, `${key}-${index}`)}</li>);
      blocks.push(list.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>);
      list = undefined;
    }
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d{1,3}[.)]\s+(.*)$/.exec(line);
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (line.trim() === "") {
      flush();
    } else if (heading) {
      flush();
      blocks.push(<p key={`b${blocks.length}`} className="heading"><strong>{renderInline(heading[1], options, `h${blocks.length}`)}</strong></p>);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  if (list || paragraph.length) flush();
  return blocks;
}
