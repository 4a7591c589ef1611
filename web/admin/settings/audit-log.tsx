import { useCallback, useEffect, useState } from "react";
import { api } from "../../shared/console-api.ts";

interface AuditEntry {
  id: string;
  actor: string;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  at: string;
}

const pageSize = 50;
const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") || "none" : typeof value === "string" ? value : JSON.stringify(value));

/** The change in words: each field that differs, `before → after`; a creation lists what was set. */
export function describeChange(before: unknown, after: unknown): string[] {
  const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const left = record(before);
  const right = record(after);
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const was = left[key];
    const now = right[key];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    if (was === undefined) lines.push(`${key}: ${show(now)}`);
    else if (now === undefined) lines.push(after === null ? `${key}: ${show(was)}` : `${key}: ${show(was)} → removed`);
    else lines.push(`${key}: ${show(was)} → ${show(now)}`);
  }
  return lines;
}

/** Who changed settings, users, roles, tokens, sites and jobs: newest first, in pages. */
export function AuditLog() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [action, setAction] = useState("");
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string>();
  const fetchPage = useCallback(
    async (before?: string) => {
      const query = new URLSearchParams({ limit: String(pageSize), ...(action ? { action } : {}), ...(before ? { before } : {}) });
      const body = await api<{ entries: AuditEntry[] }>(`/v1/admin/audit?${query}`);
      setMore(body.entries.length === pageSize);
      return body.entries;
    },
    [action],
  );
  useEffect(() => {
    fetchPage().then(setEntries, (caught: Error) => setError(caught.message));
  }, [fetchPage]);
  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card-header">
        <h1 id="audit-title">Audit log</h1>
        <label>
          Action{" "}
          <select className="row-select" value={action} onChange={(event) => setAction(event.target.value)}>
            <option value="">all</option>
            {["settings.updated", "settings.rolled_back", "user.created", "user.role_changed", "user.disabled", "user.enabled", "user.deleted", "user.password_reset", "api_token.created", "api_token.revoked", "widget_site.created", "widget_site.deleted", "job.retried"].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="audit-when">{new Date(entry.at).toLocaleString([], { dateStyle: "short", timeStyle: "medium" })}</td>
              <td>{entry.actor}</td>
              <td>{entry.action}</td>
              <td className="sub audit-target">{entry.target ?? "—"}</td>
              <td className="audit-change">
                <ul>
                  {describeChange(entry.before, entry.after).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={5} className="empty">Nothing recorded{action ? ` for ${action}` : ""} yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      {more && (
        <button type="button" className="button" onClick={() => void fetchPage(entries.at(-1)?.at).then((page) => setEntries((current) => [...current, ...page]), (caught: Error) => setError(caught.message))}>
          Older entries
        </button>
      )}
    </section>
  );
}
