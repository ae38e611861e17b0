import { BlockList, isIP } from 'node:net';

/**
 * Which peers are our own reverse proxies. Only their `X-Forwarded-For` and
 * `X-Forwarded-Proto` are believed; anyone else could write anything there.
 */
export class ProxyTrust {
  private readonly list = new BlockList();
  readonly empty: boolean;

  /** `entries`: IPs or CIDRs (`10.0.0.0/8`, `fd00::/8`, `127.0.0.1`). A bad entry is a configuration error. */
  constructor(entries: readonly string[] = []) {
    for (const entry of entries) {
      const [ip = '', bits] = entry.trim().split('/');
      const family = isIP(ip);
      if (family === 0) throw new Error(`Trusted proxy "${entry}" is not an IP address or CIDR.`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) {
        this.list.addAddress(ip, type);
        continue;
      }
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`Trusted proxy "${entry}" has a bad prefix length.`);
      this.list.addSubnet(ip, prefix, type);
    }
    this.empty = entries.length === 0;
  }

  isTrusted(address: string): boolean {
    if (this.empty) return false;
    const family = isIP(address);
    return family !== 0 && this.list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/**
 * The address of the client behind the connection: the peer itself, unless
 * the peer is a trusted proxy, in which case `X-Forwarded-For` is walked from
 * the right (the entry our proxy appended) past further trusted proxies to the
 * first address none of ours vouches for. A malformed entry stops the walk at
 * the proxy that passed it on, so a bad header can only make keys coarser.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  let current = normalizeAddress(peer ?? '');
  if (!trust.isTrusted(current) || !forwardedFor) return current;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = normalizeAddress(hops[i]!.trim());
    if (isIP(hop) === 0) return current;
    current = hop;
    if (!trust.isTrusted(current)) return current;
  }
  return current;
}

/**
 * The key limits count under: the address itself for IPv4, its /64 for IPv6
 * (one subscriber gets a whole /64, so a per-address key would be free to
 * multiply).
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; drops an IPv6 zone id. */
export function normalizeAddress(address: string): string {
  const bare = address.split('%')[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped ? mapped[1]! : bare.toLowerCase();
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail counts as two groups.
  const groups = (parts: string[]) => parts.flatMap((p) => (p.includes('.') ? ipv4ToGroups(p) : [p]));
  const l = groups(left);
  const r = groups(right);
  const middle = tail === undefined ? [] : new Array<string>(Math.max(0, 8 - l.length - r.length)).fill('0');
  return [...l, ...middle, ...r].map((g) => (Number.parseInt(g, 16) || 0).toString(16));
}

function ipv4ToGroups(v4: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
