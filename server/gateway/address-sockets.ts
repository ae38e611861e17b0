/**
 * Open sockets per client address on this node. Sockets hold this node's
 * memory and file descriptors, so the bound is per node by design.
 */
export class AddressSockets {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Count one more socket for `key`, or refuse (false) when it already holds `max`. */
  tryOpen(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  closed(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}
