import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite';
import { withStatementCache } from '../../../server/store/sqlite-statements';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pitboss-sqlite-'));
  dirs.push(dir);
  return dir;
}

describe('the SQLite connection under the store', () => {
  it('reuses a prepared statement by SQL text and forgets the least recently used past its size', () => {
    const connection = withStatementCache(new Database(':memory:'), 2);
    const one = connection.prepare('select 1');
    expect(connection.prepare('select 1')).toBe(one);
    connection.prepare('select 2');
    connection.prepare('select 1'); // now the most recently used
    connection.prepare('select 3'); // evicts "select 2"
    expect(connection.prepare('select 1')).toBe(one);
    const two = connection.prepare('select 2');
    expect(connection.prepare('select 2')).toBe(two);
    connection.close();
  });

  it('folds the WAL into the database file from the checkpointer, not from the commits', async () => {
    const file = join(scratch(), 'pitboss.sqlite');
    const store = openSqliteStore(file);
    await store.migrate();
    // The migrations' pages are far below SQLite's own threshold (1,000 pages), so only the worker
    // copies them into the main file, within a couple of seconds.
    const deadline = Date.now() + 5000;
    while (statSync(file).size < 16 * 1024 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(statSync(file).size).toBeGreaterThanOrEqual(16 * 1024);
    // Closed means let go: the worker's connection too (tests delete the directory next).
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });
});
