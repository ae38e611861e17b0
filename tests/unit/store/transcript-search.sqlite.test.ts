import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite';
import { transcriptSearchContract } from './transcript-search.contract';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store: full-text transcript search (FTS5)', () => {
  transcriptSearchContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitboss-search-'));
    dirs.push(dir);
    const store = openSqliteStore(join(dir, 'test.sqlite'));
    await store.migrate();
    return store;
  });
});

describe('SQLite store: upgrading to the search index', () => {
  it('indexes the messages stored before migration 0012 ran', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitboss-search-upgrade-'));
    dirs.push(dir);
    const file = join(dir, 'test.sqlite');
    const before = openSqliteStore(file);
    await before.migrate();
    await before.close();
    // The database as 0011 left it, with a chat in it: no index, no triggers, 0012 not yet run.
    const db = new Database(file);
    db.exec(`drop trigger message_search_insert; drop trigger message_search_delete; drop trigger message_search_update; drop table message_search;
      delete from kysely_migration where name = '0012_message_search'`);
    db.prepare("insert into players (id, site_id, session_hash, name, created_at) values ('p1', 'demo', 'h1', null, 1)").run();
    db.prepare("insert into conversations (id, site_id, player_id, status, locale, created_at, last_seq) values ('c1', 'demo', 'p1', 'resolved', 'en', 1000, 1)").run();
    db.prepare("insert into messages (conversation_id, seq, client_id, author, text, at) values ('c1', 1, 'm-00000001', 'player', 'My withdrawal is pending', 1001)").run();
    db.close();

    const after = openSqliteStore(file);
    await after.migrate();
    const found = await after.transcripts.search('demo', { text: 'withdraw' }, { limit: 25, offset: 0 });
    await after.close();
    expect(found.rows.map((r) => r.id)).toEqual(['c1']);
  });
});
