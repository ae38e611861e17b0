import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { TranscriptQuerySchema } from '../../../../protocol';
import { viewFromHash, viewHref } from '../../../../demo/agent/route';
import { EMPTY_FORM, exportHref, searchParams } from '../../../../demo/agent/transcripts/search-query';

describe('transcript search form', () => {
  it('sends only what was filled in, dates as whole local days, in a shape the server accepts', () => {
    expect(searchParams(EMPTY_FORM).toString()).toBe('');
    const params = searchParams({ ...EMPTY_FORM, player: '  Ana ', text: 'stuck', topic: 'withdrawal', fromDate: '2026-03-02', toDate: '2026-03-02', rating: '5', breached: true }, 3);
    const query = Object.fromEntries(params);
    expect(query).toMatchObject({ player: 'Ana', text: 'stuck', topic: 'withdrawal', rating: '5', breached: 'true', page: '3' });
    expect(Number(query.from)).toBe(new Date(2026, 2, 2).getTime());
    expect(Number(query.to)).toBe(new Date(2026, 2, 3).getTime());
    expect(v.safeParse(TranscriptQuerySchema, query).success).toBe(true);
    expect(exportHref({ ...EMPTY_FORM, topic: 'bonus' }, 'csv')).toBe('/api/transcripts/export?topic=bonus&format=csv');
  });

  it('routes #/transcripts and one open transcript, and back', () => {
    expect(viewFromHash('#/transcripts')).toEqual({ kind: 'transcripts', id: null });
    expect(viewFromHash('#/transcripts/c_ana%2Fx')).toEqual({ kind: 'transcripts', id: 'c_ana/x' });
    expect(viewHref({ kind: 'transcripts', id: 'c_ana/x' })).toBe('#/transcripts/c_ana%2Fx');
    expect(viewFromHash('#/admin/audit')).toEqual({ kind: 'admin', section: 'audit' });
  });
});
