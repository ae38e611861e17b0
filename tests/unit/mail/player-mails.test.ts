import { describe, expect, it } from 'vitest';
import { offlineConfirmationMail, offlineReplyMail, transcriptMail } from '../../../server/mail/player-mails';

const AT = Date.UTC(2026, 10, 25, 14, 5);

describe('mails to players', () => {
  it('writes the answer mail in the conversation’s language, Arabic right to left', () => {
    const mail = offlineReplyMail({ to: 'y@example.com', siteName: 'Lucky Star', agentName: 'Alice', text: 'تمت الموافقة على السحب', conversationId: 'c_1', locale: 'ar' });
    expect(mail.subject).toBe('دعم Lucky Star: ردّ Alice على سؤالك');
    expect(mail.text).toContain('كتب Alice من فريق دعم Lucky Star:');
    expect(mail.text).toContain('تمت الموافقة على السحب');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.html).toMatch(/<body dir="rtl">/);
  });

  it('keeps what an agent typed as text in the HTML part: no markup gets through', () => {
    const mail = offlineReplyMail({ to: 'j@example.com', siteName: 'Lucky <Star>', agentName: 'Eve "x"', text: 'Approved <b>today</b> <img src=x onerror=alert(1)> & done', conversationId: 'c_1', locale: 'en' });
    expect(mail.text).toContain('Approved <b>today</b> <img src=x onerror=alert(1)> & done');
    expect(mail.html).not.toMatch(/<b>|<img|<Star>/);
    expect(mail.html).toContain('Approved &#60;b&#62;today&#60;/b&#62; &#60;img src=x onerror=alert(1)&#62; &#38; done');
    expect(mail.html).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('confirms a left address in the player’s language, English for one we do not have', () => {
    expect(offlineConfirmationMail({ to: 'a@example.com', siteName: 'Lucky Star', conversationId: 'c_9', locale: 'de-AT' }).subject).toBe('Lucky Star-Support: Ihre Frage ist bei uns angekommen');
    const italian = offlineConfirmationMail({ to: 'a@example.com', siteName: 'Lucky Star', conversationId: 'c_9', locale: 'it' });
    expect(italian.subject).toBe('Lucky Star support: we have your question');
    expect(italian.text).toContain('(Conversation c_9)');
  });

  it('labels the transcript’s lines and writes its times the player’s way', () => {
    const messages = [
      { author: 'player' as const, authorName: null, text: 'Où est mon retrait ?', at: AT },
      { author: 'agent' as const, authorName: 'Alice', text: 'Il est parti ce matin.', at: AT + 60_000 },
      { author: 'bot' as const, authorName: null, text: 'Articles suggérés : Retraits', at: AT + 120_000 },
      { author: 'system' as const, authorName: null, text: 'Un collègue nous rejoint.', at: AT + 180_000 },
    ];
    const mail = transcriptMail({ to: 'v@example.com', siteName: 'Lucky Star', conversationId: 'c_7', timeZone: 'Europe/Paris', locale: 'fr', messages });
    expect(mail.subject).toBe('Support Lucky Star : la transcription de votre conversation');
    expect(mail.text).toContain('Votre conversation avec le support Lucky Star');
    expect(mail.text).toMatch(/25 nov\. 2026.*15:05.* · Vous\nOù est mon retrait \?/);
    expect(mail.text).toMatch(/· Alice\nIl est parti ce matin\./);
    expect(mail.text).toMatch(/· Assistant\n/);
    expect(mail.text).toMatch(/· Information\n/);
    expect(mail.text.indexOf('Où est')).toBeLessThan(mail.text.indexOf('Il est parti'));
  });
});
