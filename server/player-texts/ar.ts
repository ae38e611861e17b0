import type { PlayerTexts } from './texts';

export const ar: PlayerTexts = {
  lang: 'ar',
  dir: 'rtl',
  responsibleGamblingHelp:
    'لست وحدك، وقد أحسنت بطلب المساعدة. سينضم إليك الآن أحد المختصين في فريقنا. ' +
    'يمكنك في أي وقت وضع حدود للإيداع أو أخذ استراحة أو استبعاد نفسك من إعدادات حسابك. ' +
    'تتوفر مساعدة مجانية وسرية على مدار الساعة: منظمة المقامرين المجهولين (Gamblers Anonymous) حول العالم، ' +
    'وBeGambleAware.org وGamCare في المملكة المتحدة.',
  seniorJoining: 'ينضم إلينا زميل أقدم للمساعدة في هذا الأمر. شكرًا على صبرك.',
  transferring: 'نقوم بتوصيلك بزميل هو الأقدر على مساعدتك في هذا الأمر. تبقى محادثتك هنا.',
  suggestedArticles: (titles) => `مقالات مقترحة: ${titles}`,
  answeredSubject: (site, agent) => `دعم ${site}: ردّ ${agent} على سؤالك`,
  answeredIntro: (agent, site) => `كتب ${agent} من فريق دعم ${site}:`,
  answeredReplyHint: (site) => `للرد، افتح المحادثة على ${site} مرة أخرى.`,
  offlineSubject: (site) => `دعم ${site}: وصلنا سؤالك`,
  offlineBody: (site) =>
    `شكرًا لتواصلك مع دعم ${site}. لم يتمكن أحد من الرد فورًا، لذا سيُرسل أول رد على سؤالك إلى هذا العنوان. ` +
    `يمكنك أيضًا فتح المحادثة على ${site} مرة أخرى في أي وقت لقراءته هناك.`,
  transcriptSubject: (site) => `دعم ${site}: نص محادثتك`,
  transcriptHeading: (site) => `محادثتك مع دعم ${site}`,
  you: 'أنت',
  agent: 'موظف الدعم',
  assistant: 'المساعد',
  notice: 'إشعار',
  conversationRef: (id) => `(المحادثة ${id})`,
};
