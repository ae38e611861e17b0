import type { Kysely, Selectable } from 'kysely';
import type { AttachmentRef } from '../../protocol';
import type { Database } from './schema';

/** A file sent in a conversation. The bytes live in the database, so every relay node can serve them. */
export interface AttachmentRecord extends AttachmentRef {
  siteId: string;
  conversationId: string;
  /** Who uploaded it: the player (their id) or an agent (theirs). */
  uploader: 'player' | 'agent';
  uploaderId: string;
  createdAt: number;
}

export interface AttachmentStore {
  save(attachment: AttachmentRecord, bytes: Uint8Array): Promise<void>;
  /** What is known of it, without the bytes. */
  get(id: string): Promise<AttachmentRecord | null>;
  bytes(id: string): Promise<Buffer | null>;
  countInConversation(conversationId: string): Promise<number>;
}

export class KyselyAttachmentStore implements AttachmentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async save(a: AttachmentRecord, bytes: Uint8Array): Promise<void> {
    await this.db
      .insertInto('attachments')
      .values({
        id: a.id,
        site_id: a.siteId,
        conversation_id: a.conversationId,
        uploader: a.uploader,
        uploader_id: a.uploaderId,
        name: a.name,
        type: a.type,
        size: a.size,
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        created_at: a.createdAt,
      })
      .execute();
  }

  async get(id: string): Promise<AttachmentRecord | null> {
    const row = await this.db
      .selectFrom('attachments')
      .select(['id', 'site_id', 'conversation_id', 'uploader', 'uploader_id', 'name', 'type', 'size', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toAttachment(row) : null;
  }

  async bytes(id: string): Promise<Buffer | null> {
    const row = await this.db.selectFrom('attachments').select('bytes').where('id', '=', id).executeTakeFirst();
    return row ? Buffer.from(row.bytes) : null;
  }

  async countInConversation(conversationId: string): Promise<number> {
    const row = await this.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('conversation_id', '=', conversationId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}

/** Table shape (added to `Database` in schema.ts). `bytes` is a BLOB in SQLite and a BYTEA in PostgreSQL. */
export interface AttachmentTables {
  attachments: {
    id: string;
    site_id: string;
    conversation_id: string;
    uploader: string;
    uploader_id: string;
    name: string;
    type: string;
    size: number;
    bytes: Buffer;
    created_at: number;
  };
}

export function toAttachment(row: Omit<Selectable<Database['attachments']>, 'bytes'>): AttachmentRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    conversationId: row.conversation_id,
    uploader: row.uploader === 'agent' ? 'agent' : 'player',
    uploaderId: row.uploader_id,
    name: row.name,
    type: row.type as AttachmentRecord['type'],
    size: Number(row.size),
    createdAt: Number(row.created_at),
  };
}
