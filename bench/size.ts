/**
 * `npm run bench:size`: what the widget weighs on the wire, beside the
 * published sizes of the chat widgets casinos embed today. Those are quoted
 * figures (sources in docs/BENCHMARKS.md, "Widget weight"), not measured here:
 * this machine has no internet and their bundles change with every release.
 */
import { LOADER_BUDGET_BROTLI, measureWidget, PANEL_BUDGET_BROTLI, type Weight } from './widget-size';

const weights = measureWidget();
if (!weights) {
  console.error('No widget build in dist/: run "npm run build" first.');
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const row = (name: string, w: Weight, budget?: number) =>
  [name.padEnd(34), kb(w.raw).padStart(10), kb(w.gzip).padStart(10), kb(w.brotli).padStart(10), budget ? `${w.brotli <= budget ? 'ok' : 'OVER'} (≤ ${kb(budget)} br)` : ''].join('  ');

console.log(`Pitboss widget ${weights.build} (measured now; gzip -9, brotli q11; 1 kB = 1000 bytes)\n`);
console.log(['bundle'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget'].join('  '));
console.log(row('loader  dist/widget.js', weights.loader, LOADER_BUDGET_BROTLI));
console.log(row('panel   panel.js (preact, English)', weights.panel, PANEL_BUDGET_BROTLI));
console.log(row(`panel + ${weights.largestLocale.file.replace(/-[\w-]+\.js$/, '')} (largest locale)`, weights.panelWithLocale, PANEL_BUDGET_BROTLI));

console.log('\nPublished sizes of widgets casinos use (quoted, not measured here; see docs/BENCHMARKS.md):');
const published: Array<[string, string]> = [
  ['Rocket.Chat Livechat loader', '~2.7 KB'],
  ['Chatwoot SDK loader (its size-limit budget)', '40 KB'],
  ['Rocket.Chat Livechat panel (components chunk)', '~61 KB'],
  ['Crisp', '~130 KB'],
  ['Intercom', '~344 KB'],
];
for (const [name, size] of published) console.log(`  ${name.padEnd(48)} ${size.padStart(9)}   (published)`);

console.log(`\nPin the loader on a payment page (Subresource Integrity):`);
console.log(`  <script src="https://CHAT_HOST${weights.loaderUrl}" integrity="${weights.integrity}" crossorigin="anonymous" data-site="SITE_ID" async></script>`);

if (weights.loader.brotli > LOADER_BUDGET_BROTLI || weights.panelWithLocale.brotli > PANEL_BUDGET_BROTLI) process.exitCode = 1;
