import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import { isNumber, type SearchTerm } from '../../protocol';

/**
 * Whether message `m` matches a term, each database through its own
 * full-text index for words, and by LIKE for text in scripts no index
 * splits into words (protocol/search-terms.ts says what matching means).
 */
export type MessageMatches = (term: SearchTerm) => RawBuilder<SqlBool>;

export function messageMatchesFor(db: Kysely<any>): MessageMatches {
  const words = db.getExecutor().adapter instanceof PostgresAdapter ? postgresWords : sqliteWords;
  return (term) => (term.kind === 'words' ? words(term) : sql<SqlBool>`lower(m.text) like ${containsPattern(term.text)} escape '\\'`);
}

/**
 * The ids of conversations with a message matching each term, as a table
 * (`conversation_id`) to drive a search from: a rare word then costs its few
 * hits, not a walk over every conversation of the site.
 */
export function conversationsMatching(matches: MessageMatches, terms: SearchTerm[]): RawBuilder<{ conversation_id: string }> {
  return sql`${sql.join(
    terms.map((term) => sql`select distinct m.conversation_id from messages m where ${matches(term)}`),
    sql` intersect `,
  )}`;
}

function sqliteWords(term: Extract<SearchTerm, { kind: 'words' }>): RawBuilder<SqlBool> {
  return sql<SqlBool>`m.rowid in (select rowid from message_search where message_search match ${fts5Query(term.words)})`;
}

/**
 * The expression must be the index's own (`to_tsvector('simple', text)`, the
 * config a literal) for the GIN index to serve it. The raw term's own phrase
 * is or-ed in because PostgreSQL's parser keeps an email, a URL or "12.50" as
 * one token, which the split words alone would not find.
 */
function postgresWords(term: Extract<SearchTerm, { kind: 'words' }>): RawBuilder<SqlBool> {
  return sql<SqlBool>`to_tsvector('simple', m.text) @@ (to_tsquery('simple', ${tsQuery(term.words)}) || phraseto_tsquery('simple', ${term.raw}))`;
}

/** `%term%` for LIKE, lower-cased, with the term's own wildcards and the escape character escaped. */
export function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** An FTS5 MATCH expression: each word quoted (so no word is read as an operator), joined into a phrase. */
export function fts5Query(words: string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"${isNumber(w) ? '' : '*'}`).join(' + ');
}

/** A to_tsquery() text: the same phrase with PostgreSQL's followed-by operator. */
export function tsQuery(words: string[]): string {
  return words.map((w) => `'${w.replaceAll("'", "''")}'${isNumber(w) ? '' : ':*'}`).join(' <-> ');
}
