import { describe, expect, it } from 'vitest';
import { fillVariables, insertCanned, matchCanned, shortcutAt, textFor } from '../../../../demo/agent/canned';
import type { CannedReply } from '../../../../protocol';

const reply = (shortcut: string, title: string, texts: Record<string, string>): CannedReply => ({ id: shortcut, shortcut, title, texts });
const replies = [
  reply('bonus', 'Bonus wagering', { en: 'Wager it 35 times, {{player.name}}.', fr: 'Misez-le 35 fois, {{player.name}}.', pt: 'Aposte 35 vezes.' }),
  reply('bye', 'Closing', { en: 'Bye from {{agent.name}}!' }),
  reply('kyc', 'KYC documents', { de: 'Bitte Ausweis hochladen.' }),
];

describe('canned replies in the reply box', () => {
  it('finds the /word at the caret, at the start or after a space only', () => {
    expect(shortcutAt('/bo', 3)).toEqual({ start: 0, query: 'bo' });
    expect(shortcutAt('Hi /', 4)).toEqual({ start: 3, query: '' });
    expect(shortcutAt('Hi /bonus there', 9)).toEqual({ start: 3, query: 'bonus' });
    expect(shortcutAt('and/or', 6)).toBeNull();
    expect(shortcutAt('/bo nus', 7)).toBeNull();
  });

  it('offers shortcut matches before title matches', () => {
    expect(matchCanned(replies, 'b').map((r) => r.shortcut)).toEqual(['bonus', 'bye']);
    expect(matchCanned(replies, 'doc').map((r) => r.shortcut)).toEqual(['kyc']);
    expect(matchCanned(replies, '').map((r) => r.shortcut)).toEqual(['bonus', 'bye', 'kyc']);
    expect(matchCanned(replies, 'zzz')).toEqual([]);
  });

  it('takes the conversation’s language, then its language family, then English, then any', () => {
    expect(textFor(replies[0]!, 'fr')).toMatch(/^Misez/);
    expect(textFor(replies[0]!, 'fr-CA')).toMatch(/^Misez/);
    expect(textFor(replies[0]!, 'pt-BR')).toBe('Aposte 35 vezes.');
    expect(textFor(replies[0]!, 'ko')).toMatch(/^Wager/);
    expect(textFor(replies[2]!, 'en')).toBe('Bitte Ausweis hochladen.');
  });

  it('fills the variables, and leaves no gap for a player without a name', () => {
    expect(fillVariables('Wager it 35 times, {{player.name}}. {{agent.name}}', { playerName: 'Marco', agentName: 'Alice Martin' })).toBe('Wager it 35 times, Marco. Alice');
    expect(fillVariables('Hi {{ player.name }}, this is {{agent.name}}', { playerName: null, agentName: 'Bruno Costa' })).toBe('Hi, this is Bruno');
  });

  it('replaces the /word and puts the caret after the text', () => {
    expect(insertCanned('Sure! /bo thanks', { start: 6, end: 9 }, 'Wager it.')).toEqual({ text: 'Sure! Wager it. thanks', caret: 15 });
  });
});
