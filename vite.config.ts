import { defineConfig, type UserConfig } from 'vite';

/**
 * Three builds, chosen by --mode, because each ships differently:
 *  - loader: dist/widget.js, one classic script every casino page view pays for (kept tiny, no preact);
 *  - panel:  dist/widget/panel.js + chunks, ES modules the loader imports on first open;
 *  - demo:   dist/demo/, the casino lobby and the agent panel pages.
 */
export default defineConfig(({ mode }): UserConfig => {
  const shared: UserConfig = {
    publicDir: false,
    build: { outDir: 'dist', emptyOutDir: false, target: 'es2020', minify: true, sourcemap: false },
  };
  if (mode === 'loader') {
    return {
      ...shared,
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
        rollupOptions: {
          input: 'widget/panel/index.tsx',
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: 'widget/panel.js',
            chunkFileNames: 'widget/[name]-[hash].js',
            assetFileNames: 'widget/[name]-[hash][extname]',
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
