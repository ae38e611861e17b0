import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite';
import { playerDataContract } from './player-data.contract';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store: transcripts, audit log, erasure and retention', () => {
  playerDataContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitboss-player-data-'));
    dirs.push(dir);
    const file = join(dir, 'test.sqlite');
    const store = openSqliteStore(file);
    await store.migrate();
    return {
      store,
      async allRows() {
        // A second connection sees what the store committed (WAL).
        const db = new Database(file, { readonly: true });
        try {
          const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
          return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]).map(readable)]));
        } finally {
          db.close();
        }
      },
    };
  });
});

function readable(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('latin1') : v]));
}
