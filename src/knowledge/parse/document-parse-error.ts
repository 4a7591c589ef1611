export type DocumentParseErrorCode = "unsupported_type" | "corrupt" | "empty" | "too_large";

// Statuses let the HTTP layer map the error without knowing each code.
const statusByCode: Record<DocumentParseErrorCode, number> = {
  unsupported_type: 415,
  corrupt: 422,
  empty: 422,
  too_large: 413,
};

/** A file that cannot become a knowledge-base document; the message is written for an admin. */
export class DocumentParseError extends Error {
  readonly code: DocumentParseErrorCode;
  readonly status: number;

  constructor(code: DocumentParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DocumentParseError";
    this.code = code;
    this.status = statusByCode[code];
  }
}
