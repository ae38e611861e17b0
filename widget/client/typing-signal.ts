/** How often a `typing: true` may be repeated while the player keeps typing. */
export const TYPING_THROTTLE_MS = 3_000;
/** Quiet time after which the player counts as no longer typing. */
export const TYPING_IDLE_MS = 5_000;
/** How long "Alice is typing…" stays without a refresh from the other side. */
export const TYPING_EXPIRY_MS = 8_000;

/**
 * Turns composer input into few `typing` frames: one `true` at the first
 * keystroke and at most one more every TYPING_THROTTLE_MS while typing goes on;
 * one `false` when the composer empties, after TYPING_IDLE_MS without input, or
 * when the message is sent.
 */
export class TypingSignal {
  private active = false;
  private lastTrueAt = -Infinity;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly emit: (typing: boolean) => void,
    private readonly now: () => number = Date.now,
  ) {}

  input(text: string): void {
    if (text.trim() === '') {
      this.stop();
      return;
    }
    const now = this.now();
    if (!this.active || now - this.lastTrueAt >= TYPING_THROTTLE_MS) {
      this.active = true;
      this.lastTrueAt = now;
      this.emit(true);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(), TYPING_IDLE_MS);
  }

  /** The message went out, the composer emptied, or the widget is shutting down. */
  stop(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!this.active) return;
    this.active = false;
    this.emit(false);
  }

  /** Forget the state without telling anyone (the socket is gone anyway). */
  reset(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.active = false;
  }
}
