import { describe, expect, it } from 'vitest';
import { en } from '../../../../widget/i18n/en';
import { loadMessages } from '../../../../widget/i18n/index';
import { localeCandidates, normalizeLocale } from '../../../../widget/i18n/locale-tag';
import { launcherLabels } from '../../../../widget/loader/launcher-labels';

describe('locales', () => {
  it('normalizes what pages put in lang and navigator.language to tags the protocol accepts', () => {
    expect(normalizeLocale('EN_us')).toBe('en-us');
    expect(normalizeLocale('pt-BR')).toBe('pt-BR');
    expect(normalizeLocale(' zh-Hant-TW ')).toBe('zh-Hant-TW');
    expect(normalizeLocale('')).toBeNull();
    expect(normalizeLocale('english')).toBeNull();
    expect(normalizeLocale('<script>')).toBeNull();
  });

  it('tries the most specific catalog first', () => {
    expect(localeCandidates('pt-BR')).toEqual(['pt-br', 'pt']);
  });

  it('falls back to English for the panel and for the launcher', async () => {
    expect(await loadMessages('pt-BR')).toBe(en);
    expect(await loadMessages('en-GB')).toBe(en);
    expect(launcherLabels('ar')).toEqual({ open: 'Open chat', close: 'Close chat' });
  });

  it('words each conversation status, and none for the bot', () => {
    expect(en.status('assigned', 'Anna')).toBe('Anna joined');
    expect(en.status('queued', null)).toBe('Waiting for an agent…');
    expect(en.status('bot', null)).toBeNull();
  });
});
