import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

/** Shared steps of the agent-panel browser tests (tests/e2e/agent-*.test.ts). */

/** A signed-in panel in a fresh context, collecting page errors and CSP violations. */
export async function openPanel(
  browser: Browser,
  baseUrl: string,
  email: string,
  options: { permissions?: string[]; initScript?: () => void } = {},
): Promise<{ page: Page; faults: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: baseUrl });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const faults: string[] = [];
  page.on('pageerror', (error) => faults.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) faults.push(`csp: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/agent/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('pitboss-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Connected').waitFor();
  return { page, faults, close: () => context.close() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page, as "rule: [targets]". The source is
 * evaluated through the DevTools protocol, which the panel's CSP (script-src
 * 'self') does not govern, so the page under test keeps its real policy.
 */
export async function axeViolations(page: Page, include = 'body'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}
