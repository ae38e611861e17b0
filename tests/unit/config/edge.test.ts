import { describe, expect, it } from 'vitest';
import { DEFAULT_EDGE_LIMITS, edgeConfigFromEnv, resolveEdgeLimits } from '../../../server/config/edge';

describe('edge configuration', () => {
  it('reads trusted proxies and the socket bound from the environment', () => {
    expect(edgeConfigFromEnv({ PITBOSS_TRUSTED_PROXIES: ' 10.0.0.0/8, 127.0.0.1 ,', PITBOSS_SOCKETS_PER_IP: '250' })).toEqual({
      trustedProxies: ['10.0.0.0/8', '127.0.0.1'],
      limits: { socketsPerAddress: 250 },
    });
    expect(edgeConfigFromEnv({})).toEqual({ trustedProxies: [], limits: {} });
    expect(() => edgeConfigFromEnv({ PITBOSS_SOCKETS_PER_IP: 'lots' })).toThrow(/positive integer/);
  });

  it('fills what a caller leaves out with the defaults, login limits included', () => {
    const limits = resolveEdgeLimits({ helloTimeoutMs: 100, login: { lockoutMs: 1000 } });
    expect(limits.helloTimeoutMs).toBe(100);
    expect(limits.socketsPerAddress).toBe(DEFAULT_EDGE_LIMITS.socketsPerAddress);
    expect(limits.login).toEqual({ ...DEFAULT_EDGE_LIMITS.login, lockoutMs: 1000 });
  });
});
