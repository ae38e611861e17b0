import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite';
import { attachmentStoreContract } from './attachment-store.contract';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite attachment store', () => {
  attachmentStoreContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitboss-attachments-'));
    dirs.push(dir);
    const store = openSqliteStore(join(dir, 'test.sqlite'));
    await store.migrate();
    return store;
  });
});
