import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The two budgets of issue 5, in bytes of brotli (what a CDN serves to a casino
 * player). Read as decimal kilobytes, the stricter reading of "2.5 KB".
 */
export const LOADER_BUDGET_BROTLI = 2_500;
export const PANEL_BUDGET_BROTLI = 25_000;

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface WidgetWeights {
  build: string;
  /** dist/widget.js: every page view pays for it. */
  loader: Weight;
  /** panel.js with what it imports statically: preact, the client, English. */
  panel: Weight;
  /** The panel plus the largest other locale chunk, each compressed as served: the worst first open. */
  panelWithLocale: Weight;
  largestLocale: { file: string } & Weight;
  /** For `<script integrity=…>` on the versioned loader URL. */
  loaderUrl: string;
  integrity: string;
}

/** Compressed as a server or CDN would at its best settings: gzip -9, brotli quality 11. */
export function weigh(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** null when there is no build to measure (run `npm run build`). */
export function measureWidget(distDir = 'dist'): WidgetWeights | null {
  const manifestPath = join(distDir, 'widget', 'manifest.json');
  if (!existsSync(join(distDir, 'widget.js')) || !existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { build: string; loader: string; integrity: string };
  const dir = join(distDir, 'widget', manifest.build);
  const panelFile = join(dir, 'panel.js');
  if (!existsSync(panelFile)) return null;

  const panelSource = readFileSync(panelFile);
  // Chunks panel.js imports up front (import … from "./x.js"); dynamic import("./x.js") chunks are locales, loaded on demand.
  const staticImports = [...panelSource.toString('utf8').matchAll(/(?:^|[;}])\s*import\s*[^("'`]*?from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
  let panel = weigh(panelSource);
  for (const file of staticImports) panel = add(panel, weigh(readFileSync(join(dir, file))));

  const locales = readdirSync(dir)
    .filter((file) => file !== 'panel.js' && file !== 'widget.js' && file.endsWith('.js') && !staticImports.includes(file))
    .map((file) => ({ file, ...weigh(readFileSync(join(dir, file))) }))
    .sort((a, b) => b.brotli - a.brotli);
  const largestLocale = locales[0] ?? { file: '(none)', raw: 0, gzip: 0, brotli: 0 };

  const loaderBytes = readFileSync(join(distDir, 'widget.js'));
  return {
    build: manifest.build,
    loader: weigh(loaderBytes),
    panel,
    panelWithLocale: add(panel, largestLocale),
    largestLocale,
    loaderUrl: manifest.loader,
    integrity: `sha384-${createHash('sha384').update(loaderBytes).digest('base64')}`,
  };
}
