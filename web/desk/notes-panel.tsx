import { useState } from "react";
import { api } from "../shared/console-api.ts";

export interface DeskNote {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

/** Internal notes on a conversation: written for the team, never shown to the customer. */
export function NotesPanel({ conversationId, notes, onAdded }: { conversationId: string; notes: DeskNote[]; onAdded: (note: DeskNote) => void }) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const add = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { note } = await api<{ note: DeskNote }>(`/v1/desk/conversations/${conversationId}/notes`, { body: { text } });
      onAdded(note);
      setText("");
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Internal notes</h2>
      {notes.length === 0 ? (
        <p className="empty">No notes yet. Only your team sees them.</p>
      ) : (
        <ol className="note-list">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p>{note.text}</p>
              <span className="note-meta">
                {note.author} · <time dateTime={note.createdAt}>{new Date(note.createdAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void add();
        }}
      >
        <label htmlFor="note-text" className="visually-hidden">
          New internal note
        </label>
        <textarea id="note-text" rows={2} value={text} placeholder="Add a note for the team…" onChange={(event) => setText(event.target.value)} />
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="button" disabled={busy || !text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
