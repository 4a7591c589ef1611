import { describe, expect, it } from "vitest";
import { tableToCsv } from "./table-csv.ts";

describe("tableToCsv", () => {
  const columns = [
    { key: "question", header: "Question" },
    { key: "count", header: "Count" },
    { key: "flag", header: "Flag" },
  ];

  it("quotes commas, quotes and line breaks, and keeps empty cells empty", () => {
    const csv = tableToCsv(columns, [
      { question: 'Where is "my" order, please?', count: 3, flag: true },
      { question: "two\nlines", count: 0, flag: false },
      { question: null, count: 1.5, flag: null },
    ]);
    expect(csv).toBe('Question,Count,Flag\r\n"Where is ""my"" order, please?",3,true\r\n"two\nlines",0,false\r\n,1.5,\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = tableToCsv(columns, [{ question: "=HYPERLINK(\"http://evil\")", count: -2, flag: null }, { question: "@SUM(A1)", count: 1, flag: null }]);
    expect(csv).toBe('Question,Count,Flag\r\n"\'=HYPERLINK(""http://evil"")",-2,\r\n\'@SUM(A1),1,\r\n');
  });

  it("writes only the header when there are no rows", () => {
    expect(tableToCsv(columns, [])).toBe("Question,Count,Flag\r\n");
  });
});
