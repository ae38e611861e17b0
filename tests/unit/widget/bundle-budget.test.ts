import { describe, expect, it } from 'vitest';
import { LOADER_BUDGET_BROTLI, measureWidget, PANEL_BUDGET_BROTLI } from '../../../bench/widget-size';

/**
 * Guards the weight budgets against the files users get. `npm test` builds
 * first, so in CI this always runs; it skips (saying why) only when someone
 * runs the unit tests on a checkout that was never built.
 */
const weights = measureWidget('dist');

const title = weights
  ? `widget weight budgets (built files in dist/, ${weights.build})`
  : 'widget weight budgets: SKIPPED, dist/ has no widget build (run "npm run build"; npm test does)';

describe.skipIf(!weights)(title, () => {
  it(`keeps the loader every page view pays for at or under ${LOADER_BUDGET_BROTLI} bytes of brotli`, () => {
    expect(weights!.loader.brotli).toBeLessThanOrEqual(LOADER_BUDGET_BROTLI);
    // The loader draws the launcher itself: no preact, no protocol schemas in it.
    expect(weights!.loader.raw).toBeLessThan(8 * 1024);
  });

  it(`keeps the panel with preact and one locale at or under ${PANEL_BUDGET_BROTLI} bytes of brotli`, () => {
    expect(weights!.panel.brotli).toBeLessThanOrEqual(PANEL_BUDGET_BROTLI);
    expect(weights!.panelWithLocale.brotli).toBeLessThanOrEqual(PANEL_BUDGET_BROTLI);
    // Other locales stay out of the panel: each is its own chunk.
    expect(weights!.largestLocale.raw).toBeGreaterThan(0);
  });
});
