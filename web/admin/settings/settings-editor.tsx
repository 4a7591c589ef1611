import { useCallback, useEffect, useState } from "react";
import { api, ApiError } from "../../shared/console-api.ts";

interface Version {
  version: number;
  body: unknown;
  createdBy: string;
  createdAt: string;
  comment: string | null;
}

interface SettingsDocument {
  kind: string;
  description: string;
  version: number;
  body: unknown;
  history: Version[];
}

interface Issue {
  path: string;
  message: string;
}

const pretty = (value: unknown) => JSON.stringify(value ?? {}, null, 2);
const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });

/** Reads the issues of a 422 answer, so each problem shows with its path. */
function issuesOf(error: unknown): Issue[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const issues = (error.details as { issues?: Issue[] } | undefined)?.issues;
  return issues?.map((issue) => ({ path: issue.path.replace(/^body\.?/, "") || "(document)", message: issue.message }));
}

/**
 * One versioned settings document: edit it as JSON, save a new version (validated by the server,
 * applied at once), see who changed what, and roll back to any earlier version.
 */
export function SettingsEditor({ kind, title }: { kind: string; title: string }) {
  const [document, setDocument] = useState<SettingsDocument>();
  const [text, setText] = useState("");
  const [comment, setComment] = useState("");
  const [issues, setIssues] = useState<Issue[]>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const loaded = await api<SettingsDocument>(`/v1/admin/settings/${kind}`);
    setDocument(loaded);
    setText(pretty(loaded.body));
  }, [kind]);
  useEffect(() => {
    load().catch((caught: Error) => setError(caught.message));
  }, [load]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    setIssues(undefined);
    setSaved(undefined);
    try {
      const message = await work();
      await load();
      setComment("");
      setSaved(message);
    } catch (caught) {
      const found = issuesOf(caught);
      if (found) setIssues(found);
      else setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (caught) {
        throw new Error(`Not valid JSON: ${(caught as Error).message}`);
      }
      const version = await api<Version>(`/v1/admin/settings/${kind}`, { method: "PUT", body: { body, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
      return `Saved as version ${version.version} and in force now.`;
    });
  const rollBack = (version: number) =>
    run(async () => {
      const created = await api<Version>(`/v1/admin/settings/${kind}/rollback/${version}`, { method: "POST" });
      return `Version ${version} is back in force as version ${created.version}.`;
    });

  if (!document) return <section className="card">{error ? <p className="form-error" role="alert">{error}</p> : <p className="loading">Loading…</p>}</section>;
  const changed = text !== pretty(document.body);
  return (
    <>
      <section className="card" aria-labelledby={`${kind}-title`}>
        <div className="card-header">
          <h1 id={`${kind}-title`}>{title}</h1>
          <span className="version-badge">{document.version === 0 ? "From configuration (no saved version)" : `Version ${document.version}`}</span>
        </div>
        <p className="lead">{document.description}</p>
        <label htmlFor={`${kind}-editor`} className="visually-hidden">
          {title} as JSON
        </label>
        <textarea id={`${kind}-editor`} className="editor" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={issues ? true : undefined} />
        {issues && (
          <div role="alert">
            <p className="form-error">The server refused this version; nothing changed:</p>
            <ul className="issues">
              {issues.map((issue, index) => (
                <li key={index}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="editor-bar">
          <label htmlFor={`${kind}-comment`} className="visually-hidden">
            What changed and why
          </label>
          <input id={`${kind}-comment`} value={comment} maxLength={500} placeholder="What changed and why (kept in the history)" onChange={(event) => setComment(event.target.value)} />
          <button type="button" className="button" disabled={!changed || busy} onClick={() => setText(pretty(document.body))}>
            Discard
          </button>
          <button type="button" className="button primary" disabled={!changed || busy} onClick={() => void save()}>
            Save new version
          </button>
        </div>
        {saved && <p className="saved" role="status">{saved}</p>}
      </section>
      <section className="card" aria-labelledby={`${kind}-history`}>
        <h2 id={`${kind}-history`}>History</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">By</th>
              <th scope="col">When</th>
              <th scope="col">Comment</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {document.history.map((version) => (
              <tr key={version.version}>
                <td>
                  v{version.version}
                  {version.version === document.version && <span className="pill ready current-version">current</span>}
                </td>
                <td>{version.createdBy}</td>
                <td>{when(version.createdAt)}</td>
                <td>{version.comment ?? "—"}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button ghost" onClick={() => setText(pretty(version.body))}>
                      Load
                    </button>
                    {version.version !== document.version && (
                      <button type="button" className="button" disabled={busy} onClick={() => void rollBack(version.version)}>
                        Roll back
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
            {document.history.length === 0 && (
              <tr>
                <td colSpan={5} className="empty">No saved versions yet: the values above come from configuration. Saving makes version 1.</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
    </>
  );
}
