import type { Messages } from './messages';

/** Arabic has six plural forms; Intl.PluralRules tells which one a number takes. */
const plural = new Intl.PluralRules('ar');
function unread(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return 'رسالة واحدة غير مقروءة';
    case 'two':
      return 'رسالتان غير مقروءتين';
    case 'few':
      return `${n} رسائل غير مقروءة`;
    default:
      return `${n} رسالة غير مقروءة`;
  }
}

const ar: Messages = {
  lang: 'ar',
  dir: 'rtl',
  title: 'دعم الكازينو',
  subtitle: 'نرد عادةً خلال بضع دقائق',
  minimize: 'تصغير المحادثة',
  transcript: 'المحادثة',
  you: 'أنت',
  agent: 'موظف الدعم',
  bot: 'المساعد',
  system: 'تنبيه',
  composer: 'الرسالة',
  placeholder: 'اكتب رسالتك…',
  send: 'إرسال',
  sending: 'جارٍ الإرسال…',
  sent: 'تم الإرسال',
  seen: 'تمت القراءة',
  failed: 'لم تُرسل',
  connecting: 'جارٍ الاتصال…',
  reconnecting: 'جارٍ إعادة الاتصال…',
  unavailable: 'المحادثة غير متاحة حاليًا. يُرجى إعادة تحميل الصفحة.',
  empty: 'اسألنا عن أي شيء يخص حسابك أو الإيداع أو السحب أو المكافآت.',
  topicPrompt: 'ما موضوع استفسارك؟ (اختياري)',
  topics: {
    'account-access': 'الدخول إلى الحساب',
    deposit: 'الإيداع',
    withdrawal: 'السحب',
    bonus: 'المكافآت',
    kyc: 'التحقق من الهوية',
    'game-issue': 'مشكلة في لعبة',
    'responsible-gambling': 'اللعب المسؤول',
    complaint: 'شكوى',
    vip: 'كبار العملاء (VIP)',
    other: 'موضوع آخر',
  },
  newTab: 'يُفتح في علامة تبويب جديدة',
  typing: (name) => `${name ?? 'موظف الدعم'} يكتب الآن…`,
  unread,
  openWithUnread: (n) => `فتح المحادثة، ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'في انتظار موظف الدعم…';
      case 'assigned':
        return `انضم ${agentName ?? 'موظف الدعم'} إلى المحادثة`;
      case 'resolved':
        return 'تم حل هذه المحادثة. راسلنا في أي وقت.';
      case 'missed':
        return 'لم يتمكن أي موظف من الرد في الوقت المحدد. راسلنا مرة أخرى وسنتابع طلبك.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'قد تجيب هذه المقالات عن سؤالك:',
  botSolved: 'هذا حلّ مشكلتي',
  botHuman: 'التحدث إلى موظف الدعم',
  botClosing: 'يسعدنا أننا ساعدناك! راسلنا في أي وقت.',
  articleLoading: 'جارٍ التحميل…',
  articleFailed: 'تعذّر تحميل هذه المقالة. يُرجى المحاولة مرة أخرى.',
  emailOffer: 'لا يوجد أحد متاح للرد الآن — اترك بريدك الإلكتروني وسنرد عليك هناك.',
  emailLabel: 'بريدك الإلكتروني',
  emailSave: 'حفظ البريد الإلكتروني',
  emailSaved: (email) => `سنرد عليك على ${email}.`,
  emailHeld: (email) => `اكتب سؤالك الآن، وسنرد عليك على ${email}.`,
  rateTitle: 'ما تقييمك لمساعدتنا؟',
  rateStar: (n) => `${n} من 5`,
  rateComment: 'هل تود إضافة شيء؟ (اختياري)',
  rateSend: 'إرسال التقييم',
  rateThanks: 'شكرًا على ملاحظاتك!',
  transcriptSend: 'أرسل لي نص المحادثة بالبريد الإلكتروني',
  transcriptSent: (email) => `تم إرسال نص المحادثة إلى ${email}.`,
  requestFailed: 'لم ينجح ذلك. يُرجى المحاولة مرة أخرى بعد قليل.',
  attach: 'إرفاق ملف',
  uploading: 'جارٍ رفع الملف…',
  attachTooLarge: 'لا يمكن أن يتجاوز حجم الملف 10 ميغابايت.',
  attachWrongType: 'يمكن إرسال الصور (PNG وJPEG وWebP) وملفات PDF فقط.',
};

export default ar;
