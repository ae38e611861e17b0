import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export interface ChaosEntries {
  relay: string;
  load: string;
  dispose(): void;
}

/**
 * Bundle the relay and load entries once per suite (vite, SSR mode: our code
 * in one file, packages left as imports). Under tsx every start would compile
 * the server again: 3–4 s on a busy two-core machine, paid at each of the
 * relay's restarts. The bundle lives under node_modules/.cache so its
 * package imports resolve from the project's node_modules.
 */
export async function buildChaosEntries(): Promise<ChaosEntries> {
  const cache = resolve('node_modules/.cache/pitboss-chaos');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'build-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: { relay: resolve('tests/chaos/relay-process.ts'), load: resolve('tests/chaos/load-process.ts') },
        output: { entryFileNames: '[name].mjs', format: 'es' },
      },
    },
  });
  return {
    relay: join(outDir, 'relay.mjs'),
    load: join(outDir, 'load.mjs'),
    dispose: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
