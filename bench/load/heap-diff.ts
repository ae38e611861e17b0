import { readFileSync } from 'node:fs';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Retained-by-nobody accounting: self size summed by (type, constructor or function name). */
export function heapByKind(file: string): Map<string, { bytes: number; count: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const totals = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    // Strings are keyed by type only: their text is data, not a kind of thing.
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' ? '' : snap.strings[snap.nodes[i + nameAt]!]!.slice(0, 60);
    const key = `${type} ${name}`.trim();
    const entry = totals.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snap.nodes[i + sizeAt]!;
    entry.count += 1;
    totals.set(key, entry);
  }
  return totals;
}

/** What `count` connections added to the heap, per connection, biggest first. */
export function perConnection(before: string, after: string, count: number, top = 25): { kind: string; bytes: number; objects: number }[] {
  const a = heapByKind(before);
  const b = heapByKind(after);
  const rows: { kind: string; bytes: number; objects: number }[] = [];
  for (const [kind, { bytes, count: n }] of b) {
    const base = a.get(kind) ?? { bytes: 0, count: 0 };
    rows.push({ kind, bytes: (bytes - base.bytes) / count, objects: (n - base.count) / count });
  }
  return rows.sort((x, y) => y.bytes - x.bytes).slice(0, top);
}
