import { createRequire } from "node:module";
import { createWorker, type Worker } from "tesseract.js";
import { OcrUnavailableError, type TextRecognizer } from "./text-recognizer.ts";

// The English model ships as an npm package, so OCR never fetches language data from a CDN.
const englishData = createRequire(import.meta.url)("@tesseract.js-data/eng") as { langPath: string; gzip: boolean };

/**
 * OCR with tesseract.js (WebAssembly, offline): one worker, started on first use and kept, since
 * starting one costs seconds. tesseract.js queues the images given to one worker.
 */
export function createTesseractTextRecognizer(): TextRecognizer {
  let worker: Promise<Worker> | undefined;
  const start = () =>
    (worker ??= createWorker("eng", 1, { langPath: englishData.langPath, gzip: englishData.gzip, cacheMethod: "none" }).catch((error: unknown) => {
      worker = undefined;
      throw new OcrUnavailableError(`OCR unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }));
  return {
    async recognize(image) {
      const { data } = await (await start()).recognize(Buffer.from(image));
      return data.text;
    },
    async close() {
      if (worker) await (await worker).terminate();
      worker = undefined;
    },
  };
}
