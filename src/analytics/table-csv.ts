import { stringify } from "csv-stringify/sync";

/** A column of an analytics table: the row key and the header people read. */
export interface TableColumn {
  key: string;
  header: string;
}

export type TableCell = string | number | boolean | null;
export type TableRow = Record<string, TableCell>;

// Customer text lands in these cells: a leading =, +, -, @ would make a spreadsheet run it as a formula.
const formulaStart = /^[=+\-@\t\r]/;
const defuse = (cell: TableCell) => (typeof cell === "string" && formulaStart.test(cell) ? `'${cell}` : cell ?? "");

/** RFC 4180 CSV of the rows in the columns' order, with a header line; spreadsheets read it as is. */
export function tableToCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => defuse(row[column.key] ?? null))),
    {
      header: true,
      columns: columns.map((column) => column.header),
      record_delimiter: "\r\n",
      // A bare line feed inside a cell is quoted too, not only the record delimiter.
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => (value ? "true" : "false") },
    },
  );
}
