import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema';

/** An internal note: lives in its own table so no message path can ever carry it to a player. */
export interface NoteRecord {
  conversationId: string;
  /** Client-made id; a resent note is stored once. */
  clientId: string;
  siteId: string;
  agentId: string;
  agentName: string;
  text: string;
  at: number;
}

export interface NoteStore {
  /** Idempotent on (conversationId, clientId): a repeat returns the stored note with `duplicate`. */
  add(note: NoteRecord): Promise<{ note: NoteRecord; duplicate: boolean }>;
  /** Oldest first. */
  list(conversationId: string): Promise<NoteRecord[]>;
}

export class KyselyNoteStore implements NoteStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(note: NoteRecord): Promise<{ note: NoteRecord; duplicate: boolean }> {
    const result = await this.db
      .insertInto('notes')
      .values({
        conversation_id: note.conversationId,
        client_id: note.clientId,
        site_id: note.siteId,
        agent_id: note.agentId,
        agent_name: note.agentName,
        text: note.text,
        at: note.at,
      })
      .onConflict((oc) => oc.columns(['conversation_id', 'client_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) return { note, duplicate: false };
    const stored = await this.db
      .selectFrom('notes')
      .selectAll()
      .where('conversation_id', '=', note.conversationId)
      .where('client_id', '=', note.clientId)
      .executeTakeFirstOrThrow();
    return { note: toNote(stored), duplicate: true };
  }

  async list(conversationId: string): Promise<NoteRecord[]> {
    const rows = await this.db.selectFrom('notes').selectAll().where('conversation_id', '=', conversationId).orderBy('at', 'asc').orderBy('client_id', 'asc').execute();
    return rows.map(toNote);
  }
}

function toNote(row: Selectable<Database['notes']>): NoteRecord {
  return {
    conversationId: row.conversation_id,
    clientId: row.client_id,
    siteId: row.site_id,
    agentId: row.agent_id,
    agentName: row.agent_name,
    text: row.text,
    at: Number(row.at),
  };
}
