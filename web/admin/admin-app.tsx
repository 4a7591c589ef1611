import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { AnalyticsTab } from "./analytics/analytics-section.tsx";
import { api } from "../shared/console-api.ts";
import { SignIn, signOut, useSignIn } from "../shared/sign-in.tsx";
import { ResyncForm } from "./kb/resync-form.tsx";
import { IngestionProgress, useJobUpdates } from "./kb/ingestion-progress.tsx";
import { SettingsPage } from "./settings/settings-page.tsx";
import { UsersPage } from "./users/users-page.tsx";
import "./admin-pages.css";

// Charts are the heaviest code of the console: loaded when an analytics tab is first opened.
const AnalyticsSection = lazy(() => import("./analytics/analytics-section.tsx"));

interface KbDocument {
  id: string;
  externalId: string;
  title: string;
  lang: string | null;
  category: string | null;
  status: string;
  error: string | null;
  chunkCount: number;
  updatedAt: string;
}
interface SearchResult {
  rank: number;
  score: number;
  title: string;
  externalId: string;
  text: string;
  chunkId: string;
}
interface Job {
  id: string;
  type: string;
  status: string;
  attempts: number;
  error: string | null;
  createdAt: string;
}

/** The admin console: knowledge base (list, upload, search, delete) and jobs with retry. */
export function AdminApp() {
  const [who, setWho] = useSignIn();
  const [tab, setTab] = useState<"kb" | "jobs" | "users" | "settings" | AnalyticsTab>("kb");
  if (who === undefined) return <p className="loading">Loading…</p>;
  if (!who) return <SignIn product="Admin console" onSignedIn={setWho} />;
  if (who.role !== "admin") {
    return (
      <main className="sign-in">
        <div className="card sign-in-card" role="alert">
          <p className="brand">Switchboard</p>
          <h1>Admins only</h1>
          <p>You are signed in as {who.label} ({who.role}). The admin console needs an admin account or the admin token.</p>
          <a className="button" href="/desk">Go to the agent desk</a>
          <button type="button" className="button primary" onClick={() => void signOut().then(() => setWho(null))}>
            Sign in as someone else
          </button>
        </div>
      </main>
    );
  }
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Switchboard</span>
        <span className="product">Admin</span>
        <nav className="tabs" aria-label="Sections">
          <button type="button" aria-current={tab === "kb" ? "page" : undefined} onClick={() => setTab("kb")}>
            Knowledge base
          </button>
          <button type="button" aria-current={tab === "jobs" ? "page" : undefined} onClick={() => setTab("jobs")}>
            Jobs
          </button>
          <button type="button" aria-current={tab === "analytics" ? "page" : undefined} onClick={() => setTab("analytics")}>
            Analytics
          </button>
          <button type="button" aria-current={tab === "quality" ? "page" : undefined} onClick={() => setTab("quality")}>
            Quality
          </button>
          <button type="button" aria-current={tab === "users" ? "page" : undefined} onClick={() => setTab("users")}>
            Users
          </button>
          <button type="button" aria-current={tab === "settings" ? "page" : undefined} onClick={() => setTab("settings")}>
            Settings
          </button>
        </nav>
        <span className="spacer" />
        <span className="who">{who.label}</span>
        <button type="button" className="button ghost" onClick={() => void signOut().then(() => setWho(null))}>
          Sign out
        </button>
      </header>
      <main className="page">
        {tab === "kb" ? (
          <KnowledgeBase />
        ) : tab === "jobs" ? (
          <Jobs />
        ) : tab === "users" ? (
          <UsersPage />
        ) : tab === "settings" ? (
          <SettingsPage />
        ) : (
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <AnalyticsSection tab={tab} />
          </Suspense>
        )}
      </main>
    </div>
  );
}

function KnowledgeBase() {
  const [documents, setDocuments] = useState<KbDocument[]>([]);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResult[]>();
  const [error, setError] = useState<string>();
  const [jobOf, setJobOf] = useState<Record<string, string>>({});
  const load = useCallback(() => api<{ documents: KbDocument[] }>("/v1/kb/documents?limit=200").then((body) => setDocuments(body.documents), (caught: Error) => setError(caught.message)), []);
  const updates = useJobUpdates(() => void load());
  useEffect(() => {
    void load();
    // Without the live channel (e.g. signed in with a token), statuses move by polling instead.
    if (updates.status === "live") return;
    const timer = setInterval(() => void load(), 3000);
    return () => clearInterval(timer);
  }, [load, updates.status]);

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    const form = new FormData();
    for (const file of files) form.append("file", file);
    try {
      const submitted = await api<{ documentId: string; jobId: string | null } | { documents: Array<{ documentId: string; jobId: string | null }> }>("/v1/kb/documents", { form });
      const started = ("documents" in submitted ? submitted.documents : [submitted]).filter((document): document is { documentId: string; jobId: string } => Boolean(document.jobId));
      setJobOf((current) => ({ ...current, ...Object.fromEntries(started.map((document) => [document.documentId, document.jobId])) }));
      updates.watch(started.map((document) => document.jobId));
      await load();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <>
      <section className="card">
        <div className="card-header">
          <h1>Knowledge base</h1>
          <label className="button primary file-button">
            Upload documents
            <input type="file" multiple accept=".md,.txt,.html,.htm,.pdf,.docx" onChange={(event) => void upload(event.target.files)} />
          </label>
        </div>
        <ResyncForm onFinished={() => void load()} />
        {error && <p className="form-error" role="alert">{error}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Chunks</th>
              <th scope="col">Language</th>
              <th scope="col">Category</th>
              <th scope="col">Updated</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>
                  <a href={`/kb/${document.id}`} target="_blank" rel="noopener noreferrer">{document.title}</a>
                  <div className="sub">{document.externalId}</div>
                </td>
                <td>
                  {updates.jobs[jobOf[document.id]] && !["ready", "failed"].includes(document.status) ? (
                    <IngestionProgress job={updates.jobs[jobOf[document.id]]} />
                  ) : (
                    <span className={`pill ${document.status}`}>{document.status}</span>
                  )}
                  {document.error && <div className="sub error-text">{document.error}</div>}
                </td>
                <td>{document.chunkCount}</td>
                <td>{document.lang ?? "—"}</td>
                <td>{document.category ?? "—"}</td>
                <td>{new Date(document.updatedAt).toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="button ghost danger"
                    onClick={() => {
                      if (confirm(`Delete “${document.title}”?`)) void api(`/v1/kb/documents/${document.id}`, { method: "DELETE" }).then(load, (caught: Error) => setError(caught.message));
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
            {documents.length === 0 && (
              <tr>
                <td colSpan={7} className="empty">No documents yet. Upload Markdown, text, HTML, PDF or DOCX files.</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>Search as the model sees it</h2>
        <form
          className="search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            if (query.trim()) void api<{ results: SearchResult[] }>(`/v1/kb/search?q=${encodeURIComponent(query)}&limit=8`).then((body) => setResults(body.results), (caught: Error) => setError(caught.message));
          }}
        >
          <label htmlFor="kb-query" className="visually-hidden">Search query</label>
          <input id="kb-query" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. how long do refunds take" />
          <button type="submit" className="button primary">Search</button>
        </form>
        {results && (
          <ol className="results">
            {results.map((result) => (
              <li key={result.chunkId}>
                <div className="result-head">
                  <strong>{result.title}</strong>
                  <span className="score">score {result.score.toFixed(4)}</span>
                </div>
                <p>{result.text.slice(0, 320)}{result.text.length > 320 ? "…" : ""}</p>
              </li>
            ))}
            {results.length === 0 && <li className="empty">Nothing relevant: this is a knowledge gap.</li>}
          </ol>
        )}
      </section>
    </>
  );
}

function Jobs() {
  const [status, setStatus] = useState("");
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<string>();
  const load = useCallback(() => api<{ jobs: Job[] }>(`/v1/admin/jobs?limit=100${status ? `&status=${status}` : ""}`).then((body) => setJobs(body.jobs), (caught: Error) => setError(caught.message)), [status]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 3000);
    return () => clearInterval(timer);
  }, [load]);
  return (
    <section className="card">
      <div className="card-header">
        <h1>Jobs</h1>
        <label>
          Status{" "}
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            {["", "queued", "running", "succeeded", "failed", "dead"].map((value) => (
              <option key={value} value={value}>{value || "all"}</option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Error</th>
            <th scope="col">Created</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>{job.type}</td>
              <td><span className={`pill ${job.status}`}>{job.status}</span></td>
              <td>{job.attempts}</td>
              <td className="error-text">{job.error ?? ""}</td>
              <td>{new Date(job.createdAt).toLocaleString()}</td>
              <td>
                {(job.status === "dead" || job.status === "failed") && (
                  <button type="button" className="button" onClick={() => void api(`/v1/admin/jobs/${job.id}/retry`, { method: "POST" }).then(load, (caught: Error) => setError(caught.message))}>
                    Retry
                  </button>
                )}
              </td>
            </tr>
          ))}
          {jobs.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">No jobs{status ? ` with status ${status}` : ""}.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
