import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

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
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
