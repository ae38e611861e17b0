import { describe, expect, it } from 'vitest';
import { clientAddress, limitKey, normalizeAddress, ProxyTrust } from '../../../server/edge/client-address';

describe('clientAddress', () => {
  const none = new ProxyTrust();
  const proxies = new ProxyTrust(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
  });

  it('takes the address our proxy saw, not what the client wrote before it', () => {
    // The client wrote "1.1.1.1"; our proxy appended the address it really saw.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', proxies)).toBe('198.51.100.7');
    // Two of our proxies in a row.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 198.51.100.7, 10.1.2.3', proxies)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:127.0.0.1', ['1.1.1.1', '198.51.100.7'], proxies)).toBe('198.51.100.7');
  });

  it('stops at a malformed hop, falling back to the proxy that passed it on', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7, <script>', proxies)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '', proxies)).toBe('10.0.0.2');
  });

  it('keeps the leftmost when every hop is ours', () => {
    expect(clientAddress('10.0.0.2', '10.0.0.3', proxies)).toBe('10.0.0.3');
  });

  it('refuses a trusted-proxy entry that is not an address', () => {
    expect(() => new ProxyTrust(['proxy.internal'])).toThrow(/not an IP/);
    expect(() => new ProxyTrust(['10.0.0.0/33'])).toThrow(/prefix/);
  });
});

describe('limitKey', () => {
  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(limitKey('198.51.100.7')).toBe('198.51.100.7');
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
  });

  it('unwraps IPv4-mapped addresses', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
  });
});
