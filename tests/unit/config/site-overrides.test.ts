import { describe, expect, it } from 'vitest';
import { asSiteInput, MissingCrmSetting, parseOverrides, withRotation, withUpdate } from '../../../server/config/site-overrides';
import { SiteDirectory } from '../../../server/config/sites';
import { acceptedIdentitySecrets } from '../../../server/core/identity';

const FILE_SECRET = 'file-secret-0123456789abcdef';
const directory = () =>
  new SiteDirectory([{ id: 'demo', name: 'Demo', allowedOrigins: ['self'], identitySecret: FILE_SECRET, previousIdentitySecrets: ['older-file-secret-0123456789'], sla: { firstResponseMs: 300_000 } }]);

describe('site overrides', () => {
  it('lay over the file’s seed, keep the seed’s other values, and go back to the file when removed', () => {
    const sites = directory();
    const site = sites.get('demo')!;
    const overrides = withUpdate({}, site, { sla: { resolutionMs: 600_000 }, routing: { skillWaitMs: 0 }, allowedOrigins: ['https://a.example', 'https://a.example'] });
    expect(overrides.sla).toEqual({ firstResponseMs: 300_000, resolutionMs: 600_000, escalationMs: 3_600_000 });
    sites.apply('demo', asSiteInput(parseOverrides(JSON.parse(JSON.stringify(overrides)))));
    expect(sites.get('demo')).toMatchObject({ allowedOrigins: ['https://a.example'], skillWaitMs: 0, languageWaitMs: 15_000, sla: { resolutionMs: 600_000 } });
    sites.apply('demo', null);
    expect(sites.get('demo')).toMatchObject({ allowedOrigins: ['self'], skillWaitMs: 15_000, sla: { resolutionMs: 900_000 } });
  });

  it('need both the URL and the secret for a new CRM, and keep the stored secret when only the URL changes', () => {
    const sites = directory();
    expect(() => withUpdate({}, sites.get('demo')!, { crm: { url: 'https://crm.example' } })).toThrow(MissingCrmSetting);
    const first = withUpdate({}, sites.get('demo')!, { crm: { url: 'https://crm.example', secret: 'crm-secret-0123456789abc' } });
    sites.apply('demo', asSiteInput(first));
    expect(withUpdate(first, sites.get('demo')!, { crm: { url: 'https://crm2.example' } }).crm).toEqual({ url: 'https://crm2.example', secret: 'crm-secret-0123456789abc', timeoutMs: 1500 });
  });

  it('rotate: the previous secret verifies until its grace ends, expired ones are dropped, the file’s previous secrets stay', () => {
    const sites = directory();
    const at = 1_000_000;
    const once = withRotation({}, sites.get('demo')!, 'second-secret-0123456789abcdef', at, 60_000);
    sites.apply('demo', asSiteInput(once));
    expect(acceptedIdentitySecrets(sites.get('demo')!, at + 59_999)).toEqual(['second-secret-0123456789abcdef', 'older-file-secret-0123456789', FILE_SECRET]);
    expect(acceptedIdentitySecrets(sites.get('demo')!, at + 60_000)).toEqual(['second-secret-0123456789abcdef', 'older-file-secret-0123456789']);

    const twice = withRotation(once, sites.get('demo')!, 'third-secret-0123456789abcdef', at + 120_000, 30_000);
    expect(twice.retiringIdentitySecrets).toEqual([{ secret: 'second-secret-0123456789abcdef', until: at + 150_000 }]);
    expect(twice.identityRotatedAt).toBe(at + 120_000);
  });

  it('refuse a stored document of the wrong shape instead of applying it', () => {
    expect(() => parseOverrides({ allowedOrigins: 'https://a.example' })).toThrow(/unreadable/);
  });
});
