import type { PlayerClientFrame, PlayerConversation, PlayerServerFrame } from '../../protocol';

/** Requests the player makes besides chatting; each gets one answer frame, or an error. */
export type PlayerRequest = 'bot' | 'email' | 'csat' | 'transcript';
export type Availability = Omit<Extract<PlayerServerFrame, { type: 'availability' }>, 'type'>;
type UploadToken = Omit<Extract<PlayerServerFrame, { type: 'upload' }>, 'type'>;

export interface RequestsView {
  /** Whether a human can answer soon: the relay's latest word. */
  availability: Availability | null;
  /** An address left before there was a conversation to attach it to; sent once it is queued. */
  heldEmail: string | null;
  /** The player's stored rating of the current conversation. */
  rating: number | null;
  /** Where the current conversation's transcript was mailed. */
  transcriptTo: string | null;
  /** The request waiting for its answer, or the one the relay just refused. */
  request: { kind: PlayerRequest; failed: boolean } | null;
  /** The player may send files into the open conversation now (the relay gave an upload token for it). */
  canAttach: boolean;
}

export function isOpen(conversation: PlayerConversation | null): boolean {
  const status = conversation?.status;
  return status === 'bot' || status === 'queued' || status === 'assigned';
}

/**
 * Everything around the chat itself: the bot choice, the email fallback, the
 * rating, the transcript by mail and the upload token. Frames are answered in
 * order and only messages carry an id, so an error without one answers the
 * request in flight.
 */
export class PlayerRequests {
  private availability: Availability | null = null;
  private heldEmail: string | null = null;
  private rated: { conversationId: string; rating: number } | null = null;
  private mailed: { conversationId: string; email: string } | null = null;
  private request: RequestsView['request'] = null;
  private uploadToken: UploadToken | null = null;

  /** `send` returns false while the socket is not welcomed. */
  constructor(private readonly link: { send(frame: PlayerClientFrame): boolean; conversation(): PlayerConversation | null }) {}

  ask(kind: PlayerRequest, frame: PlayerClientFrame): boolean {
    if (!this.link.send(frame)) return false;
    this.request = { kind, failed: false };
    return true;
  }

  /** The relay needs a conversation to attach an address to: before the first question, hold it. */
  leaveEmail(email: string): boolean {
    const status = this.link.conversation()?.status;
    if (status === 'queued' || status === 'assigned') return this.ask('email', { type: 'email', email });
    this.heldEmail = email;
    return true;
  }

  token(): UploadToken | null {
    return this.uploadToken;
  }

  /** Returns whether the frame was one of these requests' answers. */
  receive(frame: PlayerServerFrame): boolean {
    switch (frame.type) {
      case 'availability': {
        const { type: _, ...availability } = frame;
        this.availability = availability;
        if (availability.email) this.answered('email');
        return true;
      }
      case 'csat':
        this.rated = { conversationId: frame.conversationId, rating: frame.rating };
        this.answered('csat');
        return true;
      case 'transcript':
        this.mailed = { conversationId: frame.conversationId, email: frame.email };
        this.answered('transcript');
        return true;
      case 'upload': {
        const { type: _, ...token } = frame;
        this.uploadToken = token;
        return true;
      }
      default:
        return false;
    }
  }

  /** The conversation changed (the bot's choice took effect, or the question was queued at last). */
  conversationChanged(): void {
    this.answered('bot');
    this.sendHeldEmail();
  }

  welcomed(): void {
    this.sendHeldEmail();
  }

  /** An error frame without a message id: the relay refused the request in flight. */
  refused(): void {
    if (this.request) this.request = { ...this.request, failed: true };
  }

  /** The socket dropped: an answer that was on its way is lost with it, so the player may ask again. */
  dropped(): void {
    if (this.request && !this.request.failed) this.request = { ...this.request, failed: true };
  }

  view(now: number): RequestsView {
    const conversation = this.link.conversation();
    const current = conversation?.id ?? null;
    return {
      availability: this.availability,
      heldEmail: this.heldEmail,
      rating: this.rated?.conversationId === current ? this.rated.rating : null,
      transcriptTo: this.mailed?.conversationId === current ? this.mailed.email : null,
      request: this.request,
      canAttach: this.uploadToken?.conversationId === current && this.uploadToken.expiresAt > now && isOpen(conversation),
    };
  }

  private answered(kind: PlayerRequest): void {
    if (this.request?.kind === kind) this.request = null;
  }

  private sendHeldEmail(): void {
    const status = this.link.conversation()?.status;
    if (this.heldEmail === null || (status !== 'queued' && status !== 'assigned')) return;
    if (this.ask('email', { type: 'email', email: this.heldEmail })) this.heldEmail = null;
  }
}
