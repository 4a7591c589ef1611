import { useState, type ReactNode } from "react";
import { downloadCsv } from "./analytics-api.ts";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/** A CSV download button for an export route; shows what went wrong beside it. */
export function CsvButton({ path, label }: { path: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <span className="csv-button">
      {error && <span className="error-text" role="alert">{error}</span>}
      <button
        type="button"
        className="button small"
        disabled={busy}
        aria-label={`Download ${label} as CSV`}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          downloadCsv(path).then(
            () => setBusy(false),
            (caught: Error) => {
              setBusy(false);
              setError(caught.message);
            },
          );
        }}
      >
        {busy ? "Preparing…" : "CSV"}
      </button>
    </span>
  );
}

/** A plain table with right-aligned numbers and an empty state. */
export function DataTable<Row>({ columns, rows, rowKey, empty, caption }: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row, index: number) => string; empty: string; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => (
                <td key={column.header} className={column.numeric ? "numeric" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A titled card with an optional CSV export in its header. */
export function Panel({ title, subtitle, csv, children, wide }: { title: string; subtitle?: string; csv?: { path: string; label: string }; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`card panel${wide ? " wide" : ""}`} aria-label={title}>
      <div className="panel-header">
        <div>
          <h2 className="panel-title">{title}</h2>
          {subtitle && <p className="panel-subtitle">{subtitle}</p>}
        </div>
        {csv && <CsvButton path={csv.path} label={csv.label} />}
      </div>
      {children}
    </section>
  );
}

/** A headline number with its context line. */
export function KpiCard({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: "good" | "warn" | "bad" }) {
  return (
    <div className={`kpi${tone ? ` ${tone}` : ""}`}>
      <p className="kpi-label">{label}</p>
      <p className="kpi-value">{value}</p>
      {detail && <p className="kpi-detail">{detail}</p>}
    </div>
  );
}
