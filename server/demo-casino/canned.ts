import type { CannedReplyRecord } from '../store/canned-store';

/** The demo site's canned replies, in the languages its players write. `{{player.name}}` and `{{agent.name}}` are filled in by the desk. */
const REPLIES: { shortcut: string; title: string; texts: Record<string, string> }[] = [
  {
    shortcut: 'hello',
    title: 'Greeting',
    texts: {
      en: 'Hi {{player.name}}, this is {{agent.name}} from Lucky Star support. How can I help you today?',
      de: 'Hallo {{player.name}}, hier ist {{agent.name}} vom Lucky Star Support. Wie kann ich Ihnen helfen?',
      fr: 'Bonjour {{player.name}}, ici {{agent.name}} du support Lucky Star. Comment puis-je vous aider ?',
      es: 'Hola {{player.name}}, soy {{agent.name}} del soporte de Lucky Star. ¿En qué puedo ayudarle?',
      'pt-BR': 'Olá {{player.name}}, aqui é {{agent.name}} do suporte Lucky Star. Como posso ajudar?',
      tr: 'Merhaba {{player.name}}, ben Lucky Star destek ekibinden {{agent.name}}. Size nasıl yardımcı olabilirim?',
      ru: 'Здравствуйте, {{player.name}}! Это {{agent.name}} из поддержки Lucky Star. Чем могу помочь?',
      ar: 'مرحبًا {{player.name}}، معك {{agent.name}} من دعم Lucky Star. كيف يمكنني مساعدتك اليوم؟',
      ko: '안녕하세요 {{player.name}}님, Lucky Star 고객지원 {{agent.name}}입니다. 무엇을 도와드릴까요?',
      'zh-CN': '您好 {{player.name}}，我是 Lucky Star 客服 {{agent.name}}。请问有什么可以帮您？',
    },
  },
  {
    shortcut: 'deposit',
    title: 'Deposit pending',
    texts: {
      en: 'Deposits usually arrive within minutes, but your bank or payment provider can hold one for up to 24 hours. I can see yours is still pending on their side; it will be credited as soon as they release it.',
      de: 'Einzahlungen kommen meist in wenigen Minuten an, Ihre Bank oder der Zahlungsanbieter kann sie aber bis zu 24 Stunden zurückhalten. Ihre Zahlung ist dort noch ausstehend und wird gutgeschrieben, sobald sie freigegeben ist.',
      fr: 'Les dépôts arrivent en général en quelques minutes, mais votre banque ou le prestataire de paiement peut les retenir jusqu’à 24 heures. Le vôtre est encore en attente chez eux ; il sera crédité dès qu’ils le libèrent.',
      es: 'Los depósitos suelen llegar en minutos, pero su banco o el proveedor de pago pueden retenerlos hasta 24 horas. El suyo sigue pendiente en su lado; se acreditará en cuanto lo liberen.',
      'pt-BR': 'Os depósitos costumam cair em minutos, mas o banco ou o provedor de pagamento pode segurar por até 24 horas. O seu ainda está pendente do lado deles; será creditado assim que for liberado.',
      tr: 'Para yatırma işlemleri genellikle birkaç dakika içinde gelir, ancak bankanız veya ödeme sağlayıcınız 24 saate kadar bekletebilir. Sizinki hâlâ onların tarafında beklemede; serbest bırakıldığında hesabınıza geçecek.',
      ru: 'Депозиты обычно зачисляются за несколько минут, но банк или платёжная система может задержать платёж до 24 часов. Ваш платёж пока в обработке у них и будет зачислен, как только его подтвердят.',
      ar: 'تصل الإيداعات عادةً خلال دقائق، لكن قد يحتجزها البنك أو مزوّد الدفع حتى 24 ساعة. إيداعك ما زال معلقًا لديهم وسيُضاف إلى رصيدك فور الإفراج عنه.',
    },
  },
  {
    shortcut: 'withdrawal',
    title: 'Withdrawal times',
    texts: {
      en: 'We review withdrawals within 24 hours. After approval, e-wallets take up to 1 hour, cards 1–3 working days and bank transfers 1–5 working days.',
      de: 'Wir prüfen Auszahlungen innerhalb von 24 Stunden. Danach dauern E-Wallets bis zu 1 Stunde, Karten 1–3 und Banküberweisungen 1–5 Werktage.',
      fr: 'Nous traitons les retraits sous 24 heures. Ensuite, comptez jusqu’à 1 heure pour les portefeuilles électroniques, 1 à 3 jours ouvrés pour les cartes et 1 à 5 pour les virements.',
      es: 'Revisamos los retiros en 24 horas. Tras la aprobación, los monederos electrónicos tardan hasta 1 hora, las tarjetas 1–3 días hábiles y las transferencias 1–5.',
      'pt-BR': 'Analisamos os saques em até 24 horas. Depois da aprovação, Pix e carteiras digitais levam até 1 hora, cartões 1–3 dias úteis e transferências 1–5.',
      tr: 'Para çekme taleplerini 24 saat içinde inceliyoruz. Onaydan sonra e-cüzdanlar 1 saate kadar, kartlar 1–3 iş günü, banka havaleleri 1–5 iş günü sürer.',
      ru: 'Мы проверяем заявки на вывод в течение 24 часов. После одобрения электронные кошельки — до 1 часа, карты — 1–3 рабочих дня, банковский перевод — 1–5.',
      ar: 'نراجع طلبات السحب خلال 24 ساعة. بعد الموافقة تستغرق المحافظ الإلكترونية حتى ساعة، والبطاقات من 1 إلى 3 أيام عمل، والتحويلات البنكية من 1 إلى 5 أيام.',
    },
  },
  {
    shortcut: 'kyc',
    title: 'KYC documents',
    texts: {
      en: 'To verify your account we need: 1) a photo ID (passport, ID card or driving licence), 2) a proof of address from the last 3 months (utility bill or bank statement). Upload them under Account → Verification.',
      de: 'Zur Verifizierung brauchen wir: 1) einen Lichtbildausweis (Pass, Personalausweis oder Führerschein), 2) einen Adressnachweis der letzten 3 Monate. Laden Sie sie unter Konto → Verifizierung hoch.',
      fr: 'Pour vérifier votre compte, il nous faut : 1) une pièce d’identité avec photo, 2) un justificatif de domicile de moins de 3 mois. Déposez-les dans Compte → Vérification.',
      es: 'Para verificar su cuenta necesitamos: 1) un documento de identidad con foto, 2) un comprobante de domicilio de los últimos 3 meses. Súbalos en Cuenta → Verificación.',
      'pt-BR': 'Para verificar sua conta precisamos de: 1) um documento com foto (RG, CNH ou passaporte), 2) um comprovante de residência dos últimos 3 meses. Envie em Conta → Verificação.',
      tr: 'Hesabınızı doğrulamak için: 1) fotoğraflı kimlik, 2) son 3 aya ait adres belgesi gerekiyor. Hesap → Doğrulama bölümünden yükleyebilirsiniz.',
      ru: 'Для верификации нужны: 1) документ с фото (паспорт или ID), 2) подтверждение адреса за последние 3 месяца. Загрузите их в разделе Аккаунт → Верификация.',
      ar: 'للتحقق من حسابك نحتاج إلى: 1) هوية تحمل صورة، 2) إثبات عنوان من آخر 3 أشهر. حمّلها من الحساب ← التحقق.',
    },
  },
  {
    shortcut: 'bonus',
    title: 'Bonus wagering',
    texts: {
      en: 'Bonus funds must be wagered 35 times before they can be withdrawn. Slots count 100%, table games 10% and live casino 0%. You can follow your progress under Account → Bonuses.',
      de: 'Bonusguthaben muss 35-mal umgesetzt werden, bevor es auszahlbar ist. Slots zählen zu 100 %, Tischspiele zu 10 %, Live-Casino zu 0 %. Den Fortschritt sehen Sie unter Konto → Boni.',
      fr: 'Les fonds bonus doivent être misés 35 fois avant de pouvoir être retirés. Les machines à sous comptent à 100 %, les jeux de table à 10 % et le casino en direct à 0 %. Suivez votre progression dans Compte → Bonus.',
      es: 'Los fondos de bono deben apostarse 35 veces antes de poder retirarlos. Las tragamonedas cuentan al 100 %, los juegos de mesa al 10 % y el casino en vivo al 0 %. Vea su progreso en Cuenta → Bonos.',
      'pt-BR': 'O bônus precisa ser apostado 35 vezes antes do saque. Slots contam 100%, jogos de mesa 10% e cassino ao vivo 0%. Acompanhe em Conta → Bônus.',
      tr: 'Bonus bakiyesi çekilmeden önce 35 kez çevrilmelidir. Slotlar %100, masa oyunları %10, canlı casino %0 sayılır. İlerlemenizi Hesap → Bonuslar bölümünde görebilirsiniz.',
      ru: 'Бонус нужно отыграть 35 раз, прежде чем его можно вывести. Слоты засчитываются на 100 %, настольные игры — на 10 %, лайв-казино — 0 %. Прогресс — в разделе Аккаунт → Бонусы.',
      ar: 'يجب المراهنة بأموال المكافأة 35 مرة قبل سحبها. تُحتسب ماكينات السلوت 100٪ وألعاب الطاولة 10٪ والكازينو المباشر 0٪. تابع تقدمك من الحساب ← المكافآت.',
    },
  },
  {
    shortcut: 'bye',
    title: 'Closing',
    texts: {
      en: 'Is there anything else I can help you with, {{player.name}}? Thank you for playing at Lucky Star, and good luck!',
      de: 'Kann ich sonst noch etwas für Sie tun, {{player.name}}? Danke, dass Sie bei Lucky Star spielen, und viel Glück!',
      fr: 'Puis-je vous aider pour autre chose, {{player.name}} ? Merci de jouer chez Lucky Star, et bonne chance !',
      es: '¿Puedo ayudarle en algo más, {{player.name}}? Gracias por jugar en Lucky Star, ¡y mucha suerte!',
      'pt-BR': 'Posso ajudar em mais alguma coisa, {{player.name}}? Obrigado por jogar na Lucky Star, e boa sorte!',
      tr: 'Yardımcı olabileceğim başka bir konu var mı, {{player.name}}? Lucky Star’ı tercih ettiğiniz için teşekkürler, bol şans!',
      ru: 'Могу ли я ещё чем-то помочь, {{player.name}}? Спасибо, что играете в Lucky Star, удачи!',
      ar: 'هل هناك أي شيء آخر يمكنني مساعدتك به يا {{player.name}}؟ شكرًا لاختيارك Lucky Star، ونتمنى لك حظًا سعيدًا!',
      ko: '{{player.name}}님, 더 도와드릴 일이 있을까요? Lucky Star를 이용해 주셔서 감사합니다. 행운을 빕니다!',
      'zh-CN': '{{player.name}}，还有其他可以帮您的吗？感谢您选择 Lucky Star，祝您好运！',
    },
  },
];

export function demoCannedReplies(siteId: string, now: number): CannedReplyRecord[] {
  return REPLIES.map((r) => ({ id: `${siteId}-canned-${r.shortcut}`, siteId, shortcut: r.shortcut, title: r.title, texts: r.texts, createdAt: now, updatedAt: now }));
}
