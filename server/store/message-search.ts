import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import { fts5Query, type SearchTerm, tsQuery } from './search-terms';

/** `c.id` (the conversation being filtered) has a message matching the term; each database through its own full-text index. */
export type MessageMatch = (term: SearchTerm) => RawBuilder<SqlBool>;

export function messageMatchFor(db: Kysely<any>): MessageMatch {
  const words = db.getExecutor().adapter instanceof PostgresAdapter ? postgresWords : sqliteWords;
  return (term) => (term.kind === 'words' ? words(term) : substring(term.text));
}

function sqliteWords(term: Extract<SearchTerm, { kind: 'words' }>): RawBuilder<SqlBool> {
  return sql<SqlBool>`c.id in (select m.conversation_id from messages m where m.rowid in (select rowid from message_search where message_search match ${fts5Query(term.words)}))`;
}

/**
 * The expression must be the index's own (`to_tsvector('simple', text)`, the
 * config a literal) for the GIN index to serve it. The raw term's own phrase
 * is or-ed in because PostgreSQL's parser keeps an email, a URL or "12.50" as
 * one token, which the split words alone would not find.
 */
function postgresWords(term: Extract<SearchTerm, { kind: 'words' }>): RawBuilder<SqlBool> {
  return sql<SqlBool>`c.id in (select m.conversation_id from messages m where to_tsvector('simple', m.text) @@ (to_tsquery('simple', ${tsQuery(term.words)}) || phraseto_tsquery('simple', ${term.raw})))`;
}

/** Text no index splits into words: a scan of the conversation's messages, lower() on both sides. */
function substring(text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from messages m where m.conversation_id = c.id and lower(m.text) like ${containsPattern(text)} escape '\\')`;
}

/** `%term%` for LIKE, lower-cased, with the term's own wildcards and the escape character escaped. */
export function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
