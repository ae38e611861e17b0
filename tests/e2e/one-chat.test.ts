import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchForFaults } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';

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


describe('one chat in a real browser: casino player and agent side by side', () => {
  it('plays the walking-skeleton story from the casino lobby to the agent panel and back', async () => {
    const agentContext = await browser.newContext();
    const playerContext = await browser.newContext();
    const agent = await agentContext.newPage();
    const player = await playerContext.newPage();
    const agentFaults = watchForFaults(agent);
    const playerFaults = watchForFaults(player);

    // The agent signs in and goes online.
    await agent.goto(`${server.url}/agent/`);
    await agent.getByLabel('Email').fill('alice@luckystar.test');
    await agent.getByLabel('Password').fill('pitboss-demo');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByLabel('Status').selectOption('online');

    // The casino lobby embeds the widget exactly as a customer would.
    await player.goto(`${server.url}/`);
    expect(await player.locator('script[src="/widget.js"][data-site="demo"]').count()).toBe(1);
    await player.getByRole('button', { name: 'Open chat' }).click();
    const message = player.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => message.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await message.fill('Hi, my deposit of 50 EUR has not arrived');
    await player.getByRole('button', { name: 'Send' }).click();
    const playerLog = player.getByRole('log');
    await playerLog.getByText('Hi, my deposit of 50 EUR has not arrived').waitFor();
    await playerLog.getByText('Sent', { exact: true }).waitFor();

    // The relay assigns it: the conversation appears live in the agent's list.
    const list = agent.getByRole('navigation', { name: 'Conversations' });
    const entry = list.getByRole('link').first();
    await entry.waitFor();
    await entry.click();
    const agentLog = agent.getByRole('log');
    await agentLog.getByText('Hi, my deposit of 50 EUR has not arrived').waitFor();

    await agent.getByRole('textbox', { name: 'Reply' }).fill('Hello! Let me check that deposit for you.');
    await agent.getByRole('button', { name: 'Send' }).click();
    await playerLog.getByText('Hello! Let me check that deposit for you.').waitFor();

    // The first response time is stored, shown to the agent, and served by the API.
    const conversation = (await server.store.listOpenConversations())[0]!;
    await expect.poll(async () => (await server.store.getConversation(conversation.id))?.firstResponseMs ?? null).not.toBeNull();
    const frt = (await server.store.getConversation(conversation.id))!.firstResponseMs!;
    await agent.getByText(/First response/i).first().waitFor();
    const cookies = await agentContext.cookies();
    const session = cookies.find((c) => c.name === 'pitboss_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    const api = await fetch(`${server.url}/api/conversations/${conversation.id}`, { headers: { cookie: `pitboss_session=${session!.value}` } });
    expect((await api.json()).conversation.firstResponseMs).toBe(frt);

    await agent.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(async () => (await server.store.getConversation(conversation.id))?.status).toBe('resolved');

    // The player reloads: same conversation, same history.
    await player.reload();
    await player.getByRole('button', { name: 'Open chat' }).click();
    await player.getByRole('log').getByText('Hi, my deposit of 50 EUR has not arrived').waitFor();
    await player.getByRole('log').getByText('Hello! Let me check that deposit for you.').waitFor();

    expect(agentFaults).toEqual([]);
    expect(playerFaults).toEqual([]);
    await agentContext.close();
    await playerContext.close();
  });

  it('renders a hostile message as text on both sides', async () => {
    const context = await browser.newContext();
    const agentContext = await browser.newContext();
    const player = await context.newPage();
    const agent = await agentContext.newPage();
    await agent.goto(`${server.url}/agent/`);
    await agent.getByLabel('Email').fill('bruno@luckystar.test');
    await agent.getByLabel('Password').fill('pitboss-demo');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByLabel('Status').selectOption('online');

    await player.goto(`${server.url}/`);
    await player.getByRole('button', { name: 'Open chat' }).click();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await player.getByRole('textbox', { name: 'Message' }).fill(payload);
    await player.getByRole('button', { name: 'Send' }).click();
    await player.getByRole('log').getByText(payload).waitFor();

    await agent.getByRole('navigation', { name: 'Conversations' }).getByRole('link').first().click();
    await agent.getByRole('log').getByText(payload).waitFor();
    expect(await agent.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await player.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await agent.getByRole('log').locator('img').count()).toBe(0);
    await context.close();
    await agentContext.close();
  });
});
