import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import { fts5Query, type SearchTerm, tsQuery } from './search-terms';

type WordTerm = Extract<SearchTerm, { kind: 'words' }>;

/**
 * The ids of conversations with a message matching every word term, each
 * database through its own full-text index, as a table (`conversation_id`) to
 * drive the search from: a rare word then costs its few hits, not a walk over
 * every conversation of the site.
 */
export type ConversationsMatching = (terms: WordTerm[]) => RawBuilder<{ conversation_id: string }>;

export function conversationsMatchingFor(db: Kysely<any>): ConversationsMatching {
  const oneTerm = db.getExecutor().adapter instanceof PostgresAdapter ? postgresTerm : sqliteTerm;
  return (terms) => sql`${sql.join(terms.map(oneTerm), sql` intersect `)}`;
}

function sqliteTerm(term: WordTerm): RawBuilder<unknown> {
  return sql`select distinct m.conversation_id from messages m where m.rowid in (select rowid from message_search where message_search match ${fts5Query(term.words)})`;
}

/**
 * The expression must be the index's own (`to_tsvector('simple', text)`, the
 * config a literal) for the GIN index to serve it. The raw term's own phrase
 * is or-ed in because PostgreSQL's parser keeps an email, a URL or "12.50" as
 * one token, which the split words alone would not find.
 */
function postgresTerm(term: WordTerm): RawBuilder<unknown> {
  return sql`select distinct m.conversation_id from messages m where to_tsvector('simple', m.text) @@ (to_tsquery('simple', ${tsQuery(term.words)}) || phraseto_tsquery('simple', ${term.raw}))`;
}

/** Text no index splits into words: a scan of the conversation's (`c`) messages, lower() on both sides. */
export function containsText(text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from messages m where m.conversation_id = c.id and lower(m.text) like ${containsPattern(text)} escape '\\')`;
}

/** `%term%` for LIKE, lower-cased, with the term's own wildcards and the escape character escaped. */
export function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
