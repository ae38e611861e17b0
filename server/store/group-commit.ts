/**
 * Collects work items during one event-loop turn and hands them to `flush` in
 * one batch (one transaction), so durability costs one commit per turn instead
 * of one per message. Each item's promise settles after its batch commits; an
 * item `flush` answers with an Error is rejected alone.
 */
export class GroupCommit<Item, Result> {
  private pending: { item: Item; resolve: (r: Result) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly flush: (items: Item[]) => Promise<(Result | Error)[]>,
    private readonly maxBatch = 256,
  ) {}

  add(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.drain());
      }
    });
  }

  /** Resolves when everything added so far is committed (used on shutdown). */
  async idle(): Promise<void> {
    while (this.pending.length > 0 || this.scheduled) await new Promise((r) => setImmediate(r));
    await this.running;
  }

  private drain(): void {
    this.scheduled = false;
    // A bounded batch: SQLite's driver is synchronous, so one transaction holds the event loop for its whole
    // length; under a backlog, unbounded batches grew and every socket waited longer (bench:load).
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
    // Batches run one after another so sequence numbers stay in arrival order.
    this.running = this.running.then(async () => {
      try {
        const results = await this.flush(batch.map((p) => p.item));
        batch.forEach((p, i) => {
          const result = results[i];
          if (result instanceof Error) p.reject(result);
          else p.resolve(result as Result);
        });
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    });
  }
}
