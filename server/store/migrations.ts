import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';

/**
 * Migrations are code, shared by SQLite and PostgreSQL: only types both accept
 * (text, integer, bigint) and constraints both enforce. Never edit a shipped
 * migration; add the next one.
 */
const migrations: Record<string, Migration> = {
  '0001_walking_skeleton': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('agents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('agent_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('players')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('session_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('agent_name', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('topic', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('queued_at', 'bigint')
        .addColumn('assigned_at', 'bigint')
        .addColumn('first_response_at', 'bigint')
        .addColumn('first_response_ms', 'bigint')
        .addColumn('resolved_at', 'bigint')
        .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('conversations_player').on('conversations').columns(['player_id', 'created_at']).execute();
      await db.schema.createIndex('conversations_status').on('conversations').column('status').execute();
      await db.schema
        .createTable('messages')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text')
        .addColumn('author_name', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('messages_pk', ['conversation_id', 'seq'])
        // The delivery contract: a repeated client id is never stored twice, whatever the server's memory says.
        .addUniqueConstraint('messages_client_id', ['conversation_id', 'client_id'])
        .execute();
    },
  },
  '0002_routing_and_sla': {
    async up(db: Kysely<any>) {
      // SQLite adds one column per ALTER TABLE; so does this, for both stores.
      const add = async (table: string, column: string, type: 'text' | 'integer' | 'bigint', defaultTo?: string | number) => {
        await db.schema
          .alterTable(table)
          .addColumn(column, type, (c) => (defaultTo === undefined ? c : c.notNull().defaultTo(defaultTo)))
          .execute();
      };
      await add('agents', 'skills', 'text', '[]');
      await add('agents', 'languages', 'text', '["en"]');
      await add('players', 'vip_tier', 'integer', 0);
      await add('players', 'manager_agent_id', 'text');
      await add('conversations', 'vip_tier', 'integer', 0);
      await add('conversations', 'rg', 'integer', 0);
      await add('conversations', 'complex', 'integer', 0);
      await add('conversations', 'complex_since', 'bigint');
      await add('conversations', 'needs_senior', 'integer', 0);
      await add('conversations', 'senior_reached_at', 'bigint');
      await add('conversations', 'manager_id', 'text');
      await add('conversations', 'target_agent_id', 'text');
      await add('conversations', 'excluded_agents', 'text', '[]');
      await add('conversations', 'missed_offers', 'integer', 0);
      await add('conversations', 'transfers', 'integer', 0);
      await add('conversations', 'waiting_since', 'bigint');
      await add('conversations', 'paused_ms', 'bigint', 0);
      await add('conversations', 'breaches', 'text', '[]');
      await db.schema
        .createTable('conversation_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('agent_id', 'text')
        .addColumn('note', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('conversation_events_conversation').on('conversation_events').columns(['conversation_id', 'at']).execute();
      await db.schema.createIndex('conversation_events_site').on('conversation_events').columns(['site_id', 'kind', 'at']).execute();
    },
  },
  '0003_read_receipts': {
    async up(db: Kysely<any>) {
      for (const column of ['player_read_seq', 'agent_read_seq']) {
        await db.schema.alterTable('conversations').addColumn(column, 'integer', (c) => c.notNull().defaultTo(0)).execute();
      }
    },
  },
  '0004_verified_players': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('players').addColumn('external_id', 'text').execute();
      await db.schema.createIndex('players_external').on('players').columns(['site_id', 'external_id']).unique().execute();
    },
  },
  '0005_offline_email': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('conversations').addColumn('offline_email', 'text').execute();
    },
  },
  '0006_bot_answers': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('messages').addColumn('articles', 'text').execute();
      await db.schema.alterTable('conversations').addColumn('deflected', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('conversations').addColumn('bot_at', 'bigint').execute();
    },
  },
  '0007_floor_tools': {
    async up(db: Kysely<any>) {
      // Reports read conversations by site and time.
      await db.schema.createIndex('conversations_site_created').on('conversations').columns(['site_id', 'created_at']).execute();
      // A separate table, so no message path (replay, history, transcript mail) can ever carry a note to a player.
      await db.schema
        .createTable('notes')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('agent_id', 'text', (c) => c.notNull())
        .addColumn('agent_name', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('notes_pk', ['conversation_id', 'client_id'])
        .execute();
      await db.schema
        .createTable('csat_ratings')
        .addColumn('conversation_id', 'text', (c) => c.primaryKey().references('conversations.id'))
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('rating', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('csat_ratings_site_at').on('csat_ratings').columns(['site_id', 'at']).execute();
      await db.schema
        .createTable('canned_replies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('shortcut', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('texts', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('canned_replies_shortcut', ['site_id', 'shortcut'])
        .execute();
      await db.schema
        .createTable('shifts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('weekday', 'integer', (c) => c.notNull())
        .addColumn('start_hour', 'integer', (c) => c.notNull())
        .addColumn('end_hour', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('shifts_site').on('shifts').column('site_id').execute();
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('webhook_id', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('event_key', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('delivered_at', 'bigint')
        // Every node hears every bus event: the first insert wins, the others are no-ops.
        .addUniqueConstraint('webhook_deliveries_event', ['webhook_id', 'event_key'])
        .execute();
      await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('webhook_deliveries_site').on('webhook_deliveries').columns(['site_id', 'created_at']).execute();
    },
  },
  '0008_faq_articles': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('faq_articles')
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('faq_articles_pk', ['site_id', 'id'])
        .execute();
      await db.schema
        .createTable('faq_translations')
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('faq_translations_pk', ['site_id', 'article_id', 'locale'])
        .addForeignKeyConstraint('faq_translations_article', ['site_id', 'article_id'], 'faq_articles', ['site_id', 'id'], (fk) => fk.onDelete('cascade'))
        .execute();
    },
  },
  '0009_attachments': {
    async up(db: Kysely<any>) {
      // The one column type the two databases spell differently: raw bytes.
      const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
      await db.schema
        .createTable('attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('uploader', 'text', (c) => c.notNull())
        .addColumn('uploader_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('bytes', bytes, (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('attachments_conversation').on('attachments').column('conversation_id').execute();
      await db.schema.alterTable('messages').addColumn('attachment', 'text').execute();
    },
  },
  '0010_player_data': {
    async up(db: Kysely<any>) {
      // Who did what to which object, written by the server where the access happens (docs/SECURITY.md, "Player data").
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('agent_name', 'text')
        .addColumn('role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_log_site_at').on('audit_log').columns(['site_id', 'at']).execute();
      // Set when retention or an erasure removed a conversation's content; its KPI facts stay.
      await db.schema.alterTable('conversations').addColumn('purged_at', 'bigint').execute();
      await db.schema.createIndex('conversations_site_resolved').on('conversations').columns(['site_id', 'resolved_at']).execute();
    },
  },
  '0011_site_settings': {
    async up(db: Kysely<any>) {
      // Admin changes to a site over the sites file's seed (server/store/site-settings-store.ts).
      await db.schema
        .createTable('site_settings')
        .addColumn('site_id', 'text', (c) => c.primaryKey())
        .addColumn('overrides', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0012_message_search': {
    async up(db: Kysely<any>) {
      // Full-text search of message text (server/store/message-search.ts); each database's own index, one meaning (protocol/search-terms.ts).
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        // 'simple': no stemming or stop words, so every language is indexed alike. GIN's pending list keeps appends cheap.
        await sql`create index messages_search on messages using gin (to_tsvector('simple', text))`.execute(db);
        return;
      }
      // An external-content table keyed by the messages' rowid: the text is stored once. Marks (M*) stay inside words,
      // or Hindi and Arabic words would split at every vowel sign; diacritics are kept, as PostgreSQL's 'simple' keeps them.
      await sql`create virtual table message_search using fts5(text, content='messages', content_rowid='rowid', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`.execute(db);
      await sql`create trigger message_search_insert after insert on messages begin insert into message_search(rowid, text) values (new.rowid, new.text); end`.execute(db);
      await sql`create trigger message_search_delete after delete on messages begin insert into message_search(message_search, rowid, text) values ('delete', old.rowid, old.text); end`.execute(db);
      await sql`create trigger message_search_update after update of text on messages begin insert into message_search(message_search, rowid, text) values ('delete', old.rowid, old.text); insert into message_search(rowid, text) values (new.rowid, new.text); end`.execute(db);
      // An erasure must take the words out of the index's own pages too, not leave them until a merge.
      await sql`insert into message_search(message_search, rank) values ('secure-delete', 1)`.execute(db);
      await sql`insert into message_search(message_search) values ('rebuild')`.execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** `schema`: where PostgreSQL keeps the migration bookkeeping (its introspection otherwise finds another schema's). */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  const { error, results } = await new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
