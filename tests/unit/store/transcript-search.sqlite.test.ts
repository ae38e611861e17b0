import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
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
