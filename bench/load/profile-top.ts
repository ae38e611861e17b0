/**
 * tsx bench/load/profile-top.ts <file.cpuprofile> [count]
 *
 * Summarises a V8 CPU profile (node --cpu-prof; `npm run bench:load -- --profile`
 * writes one for the relay's ramp): self time by function and by file, and
 * inclusive time of the functions that matter most, so the hot path can be
 * read without a browser.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/load/profile-top.ts <file.cpuprofile> [count]');
const count = Number(countArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const where = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  return url ? `${relative(process.cwd(), url)}:${n.callFrame.lineNumber + 1}` : '';
};
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${where(n)}`.trim();

const self = new Map<string, number>();
const byFile = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const url = node.callFrame.url ? relative(process.cwd(), node.callFrame.url.replace(/^file:\/\//, '')).replace(/node_modules\/([^/]+)\/.*/, 'node_modules/$1') : node.callFrame.functionName;
  byFile.set(url, (byFile.get(url) ?? 0) + ms);
  // Inclusive: charge every distinct frame on the stack once.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = label(byId.get(at)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
}

const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled\n\nSelf time by function:`);
for (const [name, ms] of top(self, count)) console.log(`${pct(ms)}  ${name}`);
console.log('\nSelf time by file or package:');
for (const [name, ms] of top(byFile, 20)) console.log(`${pct(ms)}  ${name}`);
console.log('\nInclusive time, our code (server/, protocol/):');
for (const [name, ms] of top(new Map([...inclusive].filter(([k]) => / (server|protocol)\//.test(k))), count)) console.log(`${pct(ms)}  ${name}`);
