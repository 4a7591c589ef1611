import { randomUUID } from "node:crypto";
import type { Queryable } from "../storage/database.ts";

/** An agent's internal note on a conversation: for the team, never shown to the customer. */
export interface ConversationNote {
  id: string;
  conversationId: string;
  author: string;
  text: string;
  createdAt: Date;
}

interface NoteRow {
  id: string;
  conversation_id: string;
  author: string;
  text: string;
  created_at: Date;
}

const toNote = (row: NoteRow): ConversationNote => ({ id: row.id, conversationId: row.conversation_id, author: row.author, text: row.text, createdAt: row.created_at });

/** Stores a note. */
export async function addNote(db: Queryable, input: { conversationId: string; author: string; text: string }): Promise<ConversationNote> {
  const result = await db.query<NoteRow>("INSERT INTO conversation_notes (id, conversation_id, author, text) VALUES ($1, $2, $3, $4) RETURNING *", [
    randomUUID(),
    input.conversationId,
    input.author,
    input.text,
  ]);
  return toNote(result.rows[0]);
}

/** A conversation's notes, oldest first. */
export async function listNotes(db: Queryable, conversationId: string): Promise<ConversationNote[]> {
  return (await db.query<NoteRow>("SELECT * FROM conversation_notes WHERE conversation_id = $1 ORDER BY created_at, id", [conversationId])).rows.map(toNote);
}
