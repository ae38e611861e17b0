import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite';
import { siteSettingsStoreContract } from './site-settings-store.contract';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite site settings store', () => {
  siteSettingsStoreContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitboss-site-settings-'));
    dirs.push(dir);
    const store = openSqliteStore(join(dir, 'test.sqlite'));
    await store.migrate();
    return store;
  });
});
