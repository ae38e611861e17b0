import { describe, expect, it } from 'vitest';
import { describeGaps } from '../../../../demo/agent/reports/staffing-view';
import { formatShare, rangeWindow } from '../../../../demo/agent/reports/window';
import { viewFromHash, viewHref } from '../../../../demo/agent/route';
import { viewsFor } from '../../../../demo/agent/panel-nav';

describe('panel views', () => {
  it('routes the hash to a view, and back', () => {
    expect(viewFromHash('#/dashboard')).toEqual({ kind: 'dashboard' });
    expect(viewFromHash('#/staffing')).toEqual({ kind: 'staffing' });
    expect(viewFromHash('#/admin/webhooks')).toEqual({ kind: 'admin', section: 'webhooks' });
    expect(viewFromHash('#/admin')).toEqual({ kind: 'admin', section: 'agents' });
    expect(viewFromHash('#/admin/nope')).toEqual({ kind: 'admin', section: 'agents' });
    expect(viewFromHash('#/c/abc')).toEqual({ kind: 'desk' });
    expect(viewHref({ kind: 'admin', section: 'canned' })).toBe('#/admin/canned');
  });

  it('offers the supervisor views to supervisors and admins only', () => {
    expect(viewsFor('agent')).toEqual([]);
    expect(viewsFor('senior')).toEqual([]);
    expect(viewsFor('supervisor').map((v) => v.label)).toEqual(['Desk', 'Dashboard', 'Staffing', 'Transcripts', 'Admin']);
  });
});

describe('dashboard windows', () => {
  it('cover whole local days ending with today', () => {
    const now = new Date(2026, 10, 25, 15, 30).getTime();
    expect(rangeWindow('today', now)).toEqual({ from: new Date(2026, 10, 25).getTime(), to: new Date(2026, 10, 26).getTime() });
    expect(rangeWindow('7d', now).from).toBe(new Date(2026, 10, 19).getTime());
    expect(rangeWindow('28d', now).from).toBe(new Date(2026, 9, 29).getTime());
  });

  it('write shares as percentages, and nothing as a dash', () => {
    expect(formatShare(0.8756)).toBe('88%');
    expect(formatShare(null)).toBe('—');
  });

  it('runs consecutive short-staffed hours together', () => {
    const h = (weekday: number, hour: number) => ({ weekday, hour, arrivalsPerHour: 1, handleSeconds: 300, needed: 2, scheduled: 1 });
    expect(describeGaps([h(1, 6), h(1, 7), h(5, 23)])).toBe('Tue 06:00–08:00, Sat 23:00–00:00');
  });
});
