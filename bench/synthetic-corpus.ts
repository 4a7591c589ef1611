// Deterministic synthetic help-center text for benchmarks: realistic word and sentence lengths,
// a shared support vocabulary (so full-text queries match many rows, as in real corpora) and rare
// words (so some queries are selective).

const commonWords = (
  "order orders delivery shipping return returns refund refunds exchange payment card account password " +
  "store stores warranty repair repairs item items size sizes jacket jackets boots tent tents backpack " +
  "gift voucher discount price prices customer service days business week weeks within after before " +
  "please contact team email phone hours policy policies country countries europe united states free " +
  "cost costs standard express carrier tracking number package parcel label receipt original condition"
).split(" ");
const glue = "the a an of to in for on with and or is are can be will you your we our this that it by from at as".split(" ");


/** One sentence of 8–22 words; `rare` words make documents distinguishable. */
export function sentence(random: () => number, rare: string[]): string {
  const length = 8 + Math.floor(random() * 15);
  const words: string[] = [];
  for (let index = 0; index < length; index++) {
    const roll = random();
    const pool = roll < 0.45 ? glue : roll < 0.93 ? commonWords : rare;
    words.push(pool[Math.floor(random() * pool.length)]);
  }
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A Markdown article of roughly `words` words with a few sections. */
export function article(random: () => number, id: string, words: number): string {
  const rare = Array.from({ length: 6 }, (_, index) => `${id.replace(/[^a-z0-9]/g, "")}w${index}`);
  const sections: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = Array.from({ length: 4 }, () => sentence(random, rare)).join(" ");
    count += paragraph.split(" ").length;
    sections.push(sections.length % 3 === 0 ? `## Section ${sections.length + 1}\n\n${paragraph}` : paragraph);
  }
  return `---\nid: ${id}\ntitle: Article ${id}\nlang: en\ncategory: bench\nregion: global\n---\n# Article ${id}\n\n${sections.join("\n\n")}\n`;
}
