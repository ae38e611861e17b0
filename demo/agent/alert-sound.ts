/**
 * The desk's alert: a short two-note chime made with WebAudio, so there is no
 * audio file to ship or to allow in the CSP. The AudioContext is made on the
 * first chime and resumed on the agent's next click or key press when the
 * browser's autoplay policy started it suspended (a reload with no gesture).
 */
export class AlertSound {
  private context: AudioContext | null = null;
  private readonly unlock = () => void this.context?.resume().catch(() => undefined);

  constructor(private readonly page: Pick<Window, 'addEventListener' | 'removeEventListener'> & { AudioContext?: typeof AudioContext } = window) {
    page.addEventListener('pointerdown', this.unlock);
    page.addEventListener('keydown', this.unlock);
  }

  /** Play the chime; false when this browser has no WebAudio. */
  play(): boolean {
    const Context = this.page.AudioContext;
    if (!Context) return false;
    this.context ??= new Context();
    const ctx = this.context;
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime + 0.01;
    [880, 1320].forEach((frequency, i) => {
      const at = start + i * 0.12;
      const tone = ctx.createOscillator();
      const volume = ctx.createGain();
      tone.type = 'sine';
      tone.frequency.setValueAtTime(frequency, at);
      // A quick attack and a short exponential fade: audible over a headset, never a blare.
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
      tone.connect(volume).connect(ctx.destination);
      tone.start(at);
      tone.stop(at + 0.26);
    });
    return true;
  }

  close(): void {
    this.page.removeEventListener('pointerdown', this.unlock);
    this.page.removeEventListener('keydown', this.unlock);
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
