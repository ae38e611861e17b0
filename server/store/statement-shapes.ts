/**
 * Batched statements in a few fixed shapes. A statement whose `IN (…)` or
 * `VALUES` list follows the batch size has a new SQL text for every size, so
 * no prepared-statement cache (server/store/sqlite-statements.ts) and no
 * PostgreSQL plan cache can reuse it; rounding every list to a power of two
 * leaves about eight texts per statement.
 */

/** Bound parameters per statement: well under SQLite's limit (32,766) and PostgreSQL's (65,535). */
export const PARAMETERS_PER_STATEMENT = 15_000;

export const LARGEST_SHAPE = 256;

/** Consecutive slices of at most `size` items. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Slices small enough that `columns` parameters per item fit one statement. */
export function chunksByParameters<T>(items: readonly T[], columns: number): T[][] {
  return chunks(items, Math.floor(PARAMETERS_PER_STATEMENT / columns));
}

/** The list grown to the next power of two by repeating `pad` (a value that changes nothing: a repeat, or one no row has). */
export function padToShape<T>(items: readonly T[], pad: T): T[] {
  let size = 1;
  while (size < items.length) size *= 2;
  return [...items, ...Array<T>(size - items.length).fill(pad)];
}

/** Lists for a statement that cannot be padded (an insert): power-of-two slices, largest first, at most LARGEST_SHAPE. */
export function shapedParts<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (let size = LARGEST_SHAPE; at < items.length; ) {
    if (items.length - at >= size) {
      out.push(items.slice(at, at + size));
      at += size;
    } else size /= 2;
  }
  return out;
}
