import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../server/store/group-commit';

describe('GroupCommit', () => {
  it('commits what one turn added in one batch, and settles each item after its batch', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      return items.map((i) => i * 10);
    });
    const results = await Promise.all([1, 2, 3].map((i) => commit.add(i)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('bounds a batch and keeps arrival order across the batches of a backlog', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      return items;
    }, 4);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => commit.add(i)));
    expect(results).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flat()).toEqual(results);
  });

  it('while a commit is in flight, gathers what arrives into the next batch instead of queueing one per turn', async () => {
    const batches: number[][] = [];
    const inFlight: (() => void)[] = [];
    const commit = new GroupCommit<number, number>((items) => {
      batches.push(items);
      // A slow database: the commit ends when the test says so.
      return new Promise((resolve) => inFlight.push(() => resolve(items)));
    });
    const turn = () => new Promise((r) => setImmediate(r));
    const first = commit.add(0);
    await turn();
    const later = [1, 2, 3].map((i) => commit.add(i));
    await turn();
    const last = commit.add(4);
    await turn();
    await turn();
    expect(batches).toEqual([[0]]); // the rest waits for the commit in flight, over several turns
    inFlight.shift()!();
    expect(await first).toBe(0);
    await turn();
    expect(batches).toEqual([[0], [1, 2, 3, 4]]);
    inFlight.shift()!();
    expect(await Promise.all([...later, last])).toEqual([1, 2, 3, 4]);
    await commit.idle();
  });

  it('rejects only the item its flush answered with an Error', async () => {
    const commit = new GroupCommit<number, number>(async (items) => items.map((i) => (i === 2 ? new Error('bad') : i)));
    const settled = await Promise.allSettled([1, 2, 3].map((i) => commit.add(i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
