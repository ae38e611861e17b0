import { describe, expect, it, vi } from 'vitest';
import { articleReader } from '../../../../widget/client/faq-articles';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('articleReader', () => {
  it('reads an article from the relay’s public FAQ endpoint without cookies, once per locale', async () => {
    const fetchImpl = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ id: 'a/1', topic: 'deposit', locale: 'fr', title: 'Dépôts', body: 'Texte' }));
    const read = articleReader('https://chat.example', 'demo', fetchImpl as typeof fetch);
    expect(await read('a/1', 'fr')).toEqual({ id: 'a/1', title: 'Dépôts', body: 'Texte' });
    await read('a/1', 'fr');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]![0]).toBe('https://chat.example/api/sites/demo/faq/articles/a%2F1?locale=fr');
    expect(fetchImpl.mock.calls[0]![1]).toEqual({ credentials: 'omit' });
    await read('a/1', 'ar');
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('fails on an error answer or a body without text, and tries again next time', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json({ code: 'not_found', message: 'No such article.' }, 404))
      .mockResolvedValueOnce(json({ title: 'x', body: 42 }))
      .mockResolvedValueOnce(json({ title: 'Limits', body: 'Set them in your account.' }));
    const read = articleReader('https://chat.example', 'demo', fetchImpl);
    await expect(read('lim', 'en')).rejects.toThrow();
    await expect(read('lim', 'en')).rejects.toThrow();
    expect((await read('lim', 'en')).body).toBe('Set them in your account.');
  });
});
