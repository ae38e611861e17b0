import type { Messages } from './messages';

// Turkish nouns stay singular after a number.
const unread = (n: number) => `${n} okunmamış mesaj`;

const tr: Messages = {
  lang: 'tr',
  dir: 'ltr',
  title: 'Casino destek',
  subtitle: 'Genellikle birkaç dakika içinde yanıt veririz',
  minimize: 'Sohbeti küçült',
  transcript: 'Sohbet',
  you: 'Siz',
  agent: 'Temsilci',
  bot: 'Asistan',
  system: 'Bildirim',
  composer: 'Mesaj',
  placeholder: 'Mesajınızı yazın…',
  send: 'Gönder',
  sending: 'Gönderiliyor…',
  sent: 'Gönderildi',
  seen: 'Görüldü',
  failed: 'Gönderilemedi',
  connecting: 'Bağlanıyor…',
  reconnecting: 'Yeniden bağlanıyor…',
  unavailable: 'Sohbet şu anda kullanılamıyor. Lütfen sayfayı yenileyin.',
  empty: 'Hesabınız, para yatırma, para çekme veya bonuslarla ilgili her şeyi bize sorabilirsiniz.',
  topicPrompt: 'Konu nedir? (isteğe bağlı)',
  topics: {
    'account-access': 'Hesap erişimi',
    deposit: 'Para yatırma',
    withdrawal: 'Para çekme',
    bonus: 'Bonus',
    kyc: 'Kimlik doğrulama',
    'game-issue': 'Oyun sorunu',
    'responsible-gambling': 'Sorumlu oyun',
    complaint: 'Şikâyet',
    vip: 'VIP',
    other: 'Diğer',
  },
  newTab: 'yeni sekmede açılır',
  typing: (name) => `${name ?? 'Temsilci'} yazıyor…`,
  unread,
  openWithUnread: (n) => `Sohbeti aç, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Bir temsilci bekleniyor…';
      case 'assigned':
        return `${agentName ?? 'Bir temsilci'} sohbete katıldı`;
      case 'resolved':
        return 'Bu sohbet çözüldü. İstediğiniz zaman yeniden yazabilirsiniz.';
      case 'missed':
        return 'Hiçbir temsilci zamanında yanıt veremedi. Tekrar yazın, ilgileneceğiz.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Bu makaleler sorunuzu yanıtlayabilir:',
  botSolved: 'Sorunum çözüldü',
  botHuman: 'Bir temsilciyle konuş',
  botClosing: 'Yardımcı olabildiysek ne mutlu! İstediğiniz zaman yeniden yazın.',
  articleLoading: 'Yükleniyor…',
  articleFailed: 'Bu makale yüklenemedi. Lütfen tekrar deneyin.',
  emailOffer: 'Şu anda yanıt verebilecek kimse yok — e-posta adresinizi bırakın, size oradan yanıt verelim.',
  emailLabel: 'E-posta adresiniz',
  emailSave: 'E-postayı kaydet',
  emailSaved: (email) => `Yanıtımızı ${email} adresine göndereceğiz.`,
  emailHeld: (email) => `Şimdi sorunuzu yazın; yanıtımızı ${email} adresine göndereceğiz.`,
  rateTitle: 'Yardımımızı nasıl buldunuz?',
  rateStar: (n) => `5 üzerinden ${n}`,
  rateComment: 'Eklemek istediğiniz bir şey var mı? (isteğe bağlı)',
  rateSend: 'Puanı gönder',
  rateThanks: 'Geri bildiriminiz için teşekkürler!',
  transcriptSend: 'Konuşma kaydını bana e-postayla gönder',
  transcriptSent: (email) => `Konuşma kaydı ${email} adresine gönderildi.`,
  requestFailed: 'Bu işlem başarısız oldu. Lütfen birazdan tekrar deneyin.',
  attach: 'Dosya ekle',
  uploading: 'Yükleniyor…',
  attachTooLarge: 'Dosyalar en fazla 10 MB olabilir.',
  attachWrongType: 'Yalnızca görseller (PNG, JPEG, WebP) ve PDF dosyaları gönderilebilir.',
};

export default tr;
