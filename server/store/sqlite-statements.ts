import type { Database as Connection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The connection as kysely sees it, with prepared statements reused by SQL
 * text. Kysely's SQLite driver prepares every query anew, and preparing cost
 * more than running the hot statements (bench:load profile, docs/BENCHMARKS.md);
 * the store keeps those statements to a few fixed shapes so they hit here.
 * Reuse is safe: kysely runs one query at a time on its one connection.
 */
export function withStatementCache(connection: Connection, size = 256): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Least recently used goes first: re-insert moves this one to the back.
        cache.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
    close() {
      cache.clear();
      connection.close();
    },
  };
}
