/** Reads the text in an image (OCR). The port attachment extraction depends on; tesseract.js sits beside it. */
export interface TextRecognizer {
  recognize(image: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

/** The OCR engine could not start here (its WebAssembly or language data missing): images cannot be read at all. */
export class OcrUnavailableError extends Error {
  override name = "OcrUnavailableError";
}
