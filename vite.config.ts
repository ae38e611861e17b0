import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Three builds, chosen by --mode, because each ships differently:
 *  - loader: dist/widget.js, one classic script every casino page view pays for (kept tiny, no preact),
 *            also copied to dist/widget/<build>/widget.js, the URL a payment page pins with SRI;
 *  - panel:  dist/widget/<build>/panel.js + chunks, ES modules the loader imports on first open;
 *  - demo:   dist/demo/, the casino lobby and the agent panel pages.
 *
 * <build> is "v<package version>-<hash of the widget's inputs>": the same in the
 * loader and panel builds of one `npm run build`, different whenever a byte of
 * the widget could change. The server serves it as immutable, so a pinned URL
 * and its integrity hash stay valid for as long as the directory is deployed.
 */
export const WIDGET_BUILD = widgetBuildId();

export default defineConfig(({ mode }): UserConfig => {
  const shared: UserConfig = {
    publicDir: false,
    build: { outDir: 'dist', emptyOutDir: false, target: 'es2020', minify: true, sourcemap: false },
  };
  if (mode === 'loader') {
    return {
      ...shared,
      define: { __PITBOSS_BUILD__: JSON.stringify(WIDGET_BUILD) },
      plugins: [pinnableLoader()],
      build: {
        ...shared.build,
        rollupOptions: {
          input: 'widget/loader/index.ts',
          output: { format: 'iife', entryFileNames: 'widget.js' },
        },
      },
    };
  }
  if (mode === 'panel') {
    return {
      ...shared,
      build: {
        ...shared.build,
        // No preload helper: it would add <link> tags to the casino's <head> and resolve chunk URLs against the page.
        modulePreload: false,
        rollupOptions: {
          input: 'widget/panel/index.tsx',
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: `widget/${WIDGET_BUILD}/panel.js`,
            chunkFileNames: `widget/${WIDGET_BUILD}/[name]-[hash].js`,
            assetFileNames: `widget/${WIDGET_BUILD}/[name]-[hash][extname]`,
          },
        },
      },
    };
  }
  return {
    ...shared,
    root: 'demo',
    base: '/',
    build: {
      ...shared.build,
      outDir: '../dist/demo',
      rollupOptions: { input: { agent: 'demo/agent/index.html', casino: 'demo/casino/index.html' } },
    },
  };
});

/** Copy widget.js into the versioned directory and record its Subresource Integrity hash. */
function pinnableLoader(): Plugin {
  return {
    name: 'pitboss-pinnable-loader',
    writeBundle(options) {
      const dist = options.dir ?? 'dist';
      const dir = join(dist, 'widget', WIDGET_BUILD);
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(dist, 'widget.js'), join(dir, 'widget.js'));
      const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dir, 'widget.js'))).digest('base64')}`;
      const manifest = { build: WIDGET_BUILD, loader: `/widget/${WIDGET_BUILD}/widget.js`, integrity };
      writeFileSync(join(dist, 'widget', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

function widgetBuildId(): string {
  const hash = createHash('sha256');
  const files = ['widget', 'protocol'].flatMap((dir) => listFiles(dir)).sort();
  for (const file of [...files, 'package-lock.json', 'vite.config.ts']) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return `v${version}-${hash.digest('hex').slice(0, 10)}`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
