import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { axeViolations, openPanel } from './agent-panel';

/** A supervisor edits the rota beside the staffing forecast in real Chromium against the built panel. */
let server: TestServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  chromium = await launchChromium();
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

/** The forecast's "On shift" figure for an hour of the day shown. */
async function onShift(page: Page, hour: number): Promise<number> {
  const label = `${String(hour).padStart(2, '0')}:00–${String((hour + 1) % 24).padStart(2, '0')}:00`;
  const cells = await page.getByRole('table', { name: /hour by hour/ }).getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').allTextContents();
  return Number(/^\d+/.exec(cells.at(-1)!.trim())![0]);
}

describe('rota editor in the browser', () => {
  it('adds, refuses a double booking, moves past midnight and deletes a shift, and "On shift" follows', async () => {
    const { page, faults, close } = await openPanel(browser, server.url, 'sara@luckystar.test');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Staffing' }).click();
    await page.getByRole('button', { name: /^Tue/ }).click();
    await page.getByRole('heading', { name: 'Rota: Tuesday' }).waitFor();
    await page.getByText('No shift starts this day.').waitFor();
    expect(await onShift(page, 9)).toBe(0);

    const form = page.getByRole('form', { name: 'Add a shift' });
    await form.getByLabel('Agent').selectOption({ label: 'Alice Martin' });
    await form.getByLabel('Start').selectOption({ label: '08:00' });
    await form.getByLabel('End').selectOption({ label: '16:00' });
    await form.getByRole('button', { name: 'Add shift' }).click();
    await page.getByRole('status').getByText('Added: Alice Martin, Tuesday 08:00–16:00.').waitFor();
    await expect.poll(() => onShift(page, 9)).toBe(1);
    expect(await onShift(page, 16)).toBe(0);
    expect(await page.getByRole('table', { name: 'Shifts on Tuesday' }).getByRole('row', { name: /Alice Martin/ }).textContent()).toContain('08:00');

    // Alice again at noon: the server's reason is shown and nothing is added.
    await form.getByLabel('Start').selectOption({ label: '12:00' });
    await form.getByLabel('End').selectOption({ label: '20:00' });
    await form.getByRole('button', { name: 'Add shift' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Alice Martin already works Tue 08:00–16:00, which overlaps Tue 12:00–20:00.');
    expect(await server.store.shifts.list('demo')).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Move Alice Martin, Tuesday 08:00–16:00' }).click();
    const move = page.getByRole('form', { name: 'Move the shift' });
    await move.getByLabel('Day').selectOption({ label: 'Wednesday' });
    await move.getByLabel('Start').selectOption({ label: '22:00' });
    await move.getByLabel('End').selectOption({ label: '06:00' });
    await move.getByRole('button', { name: 'Save shift' }).click();
    await page.getByRole('status').getByText('Moved: Alice Martin, Wednesday 22:00–06:00.').waitFor();
    await expect.poll(() => onShift(page, 9)).toBe(0);
    await page.getByRole('button', { name: /^Wed/ }).click();
    await page.getByRole('heading', { name: 'Rota: Wednesday' }).waitFor();
    expect(await page.getByRole('table', { name: 'Shifts on Wednesday' }).getByRole('row', { name: /Alice Martin/ }).textContent()).toContain('next day');
    await expect.poll(() => onShift(page, 23)).toBe(1);
    await page.getByRole('button', { name: /^Thu/ }).click();
    await expect.poll(() => onShift(page, 5)).toBe(1);
    await page.getByRole('button', { name: /^Wed/ }).click();

    await page.getByRole('button', { name: 'Delete Alice Martin, Wednesday 22:00–06:00' }).click();
    await page.getByRole('status').getByText('Deleted: Alice Martin, Wednesday 22:00–06:00.').waitFor();
    await expect.poll(() => onShift(page, 23)).toBe(0);
    expect(await server.store.shifts.list('demo')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(faults).toEqual([]);
    await close();
  });
});
