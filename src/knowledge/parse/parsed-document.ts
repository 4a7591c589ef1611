/** The file formats the knowledge base can ingest, as MIME types. */
export type SupportedContentType =
  | "text/markdown"
  | "text/plain"
  | "text/html"
  | "application/pdf"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A document reduced to readable text plus the metadata found inside it. */
export interface ParsedDocument {
  title: string;
  text: string;
  contentType: SupportedContentType;
  /** The author's own id for the document (front matter `id`, `<meta name="id">`). */
  externalId?: string;
  lang?: string;
  category?: string;
  region?: string;
  metadata: Record<string, string>;
}

/** What a format-specific parser hands back before the shared clean-up. */
export interface ParserOutput {
  text: string;
  title?: string;
  externalId?: string;
  lang?: string;
  category?: string;
  region?: string;
  metadata: Record<string, string>;
}

export type DocumentParser = (bytes: Uint8Array) => Promise<ParserOutput>;
