import type { Lexicon } from './concepts';

/** Entries are prefixes of the folded form (ş→s, ı→i, ç→c): Turkish adds suffixes, and players often type without the letters. */
export const tr: Lexicon = {
  concepts: {
    password: ['sifre*', 'parola*', 'password'],
    reset: ['sifirla*', 'unut*', 'degistir*', 'reset*', 'yeni sifre', 'kurtar*'],
    login: ['giris*', 'giremiyorum', 'giremedim', 'login', 'oturum ac*', 'hesaba gir*'],
    locked: ['kilit*', 'bloke*', 'engellen*', 'askiya*', 'kapatildi', 'banlandi*', 'ban yedi*', 'yanlis gir*', 'yanlis sifre'],
    deposit: ['yatir*', 'depozit*', 'para yukle*', 'bakiye yukle*', 'deposit*'],
    method: [
      'odeme yontem*', 'yontem*', 'odeme*', 'kart*', 'kredi karti', 'havale*', 'eft', 'kripto*', 'e cuzdan*', 'cuzdan*', 'banka havalesi', 'cepbank',
      'papara*', 'ininal', 'payfix',
    ],
    missing: ['gecmedi', 'gecmiyor', 'hesaba gec*', 'gelmedi', 'gelmiyor', 'ulasmadi', 'yansima*', 'yansimadi', 'gorunmu*', 'kayboldu', 'dusmedi', 'kayip'],
    withdrawal: ['cekim*', 'cekme*', 'cektim', 'para cek*', 'cekil*', 'cekebil*'],
    pending: ['beklemede', 'bekle*', 'islemde', 'isleme*', 'gecik*', 'takil*', 'onay bekli*'],
    duration: ['ne kadar', 'ne zaman', 'sure*', 'kac gun', 'kac saat', 'gun', 'saat'],
    bonus: ['bonus*', 'promosyon*', 'hos geldin', 'hosgeldin', 'kampanya*', 'promosyon kodu'],
    wagering: ['kac kez', 'kac kere', 'kac kat', 'cevrim*', 'cevirme*', 'wager*', 'rollover', '35x', 'x35', '35 kat'],
    freespins: ['free spin*', 'freespin*', 'bedava donus*', 'ucretsiz donus*', 'bedava spin*', 'fs'],
    kyc: ['kyc', 'dogrula*', 'kimlik dogrula*', 'hesap onay*', 'onaylat*'],
    document: ['belge*', 'evrak*', 'kimlik*', 'pasaport*', 'ehliyet*', 'ikametgah*', 'fatura*', 'hesap ozeti', 'selfie*', 'fotograf*', 'dekont*'],
    status: ['durum*', 'onaylandi', 'onaylanmadi', 'reddedil*', 'red', 'kabul*'],
    limit: ['limit*', 'sinir*'],
    exclusion: ['kendini disla*', 'kendimi disla*', 'disla*', 'mola', 'ara ver*', 'hesabimi kapat*'],
    game: ['oyun*', 'slot*', 'tur', 'turu', 'turda', 'rulet*', 'blackjack', 'canli casino', 'spin', 'donus'],
    fault: [
      'dondu', 'donma*', 'donuyor', 'coktu', 'cokuyor', 'cokme*', 'hata*', 'bug', 'buglu', 'acilmiyor', 'yuklenmiyor', 'baglanti kop*', 'koptu', 'siyah ekran',
      'kasiyor', 'oyundan atti', 'atiyor', 'odemedi',
    ],
    complaint: ['sikayet*', 'itiraz*', 'dolandir*', 'magdur*'],
    vip: ['vip', 'sadakat*', 'hesap yoneticisi'],
    cancel: ['iptal*'],
    amount: ['en az', 'en fazla', 'minimum', 'maksimum', 'asgari', 'azami'],
    balance: ['bakiye*', 'para', 'param*', 'paramı', 'paraya', 'parayi'],
    email: ['e posta*', 'eposta*', 'mail*', 'email*', 'link*', 'spam*'],
  },
  greetings: [
    'merhaba', 'merhabalar', 'selam', 'selamlar', 'slm', 'mrb', 'iyi gunler', 'iyi aksamlar', 'gunaydin', 'kolay gelsin', 'tesekkur*', 'sagol*',
    'tamam', 'ok', 'kimse var mi', 'orda misiniz', 'selamun aleykum', 'hey',
  ],
  human: [
    'temsilci*', 'musteri temsilcisi', 'insan*', 'gercek kisi', 'gercek biri', 'yetkili*', 'operator*', 'canli destek', 'biriyle gorus*',
    'biriyle konus*', 'musteri hizmetleri',
  ],
  stopWords: [
    've', 'veya', 'ile', 'bir', 'bu', 'su', 'o', 'ben', 'sen', 'biz', 'siz', 'onlar', 'benim', 'bana', 'beni', 'sizin', 'size', 'da', 'de', 'mi', 'mı',
    'mu', 'mü', 'ne', 'neden', 'nasil', 'nerede', 'nereden', 'hangi', 'icin', 'gibi', 'ama', 'fakat', 'cok', 'daha', 'en', 'var', 'yok', 'hala',
    'lutfen', 'olarak', 'oldu', 'olur', 'ki', 'ya', 'istiyorum', 'lazim', 'gerek', 'gerekli', 'yapabilir', 'yaptim', 'miyim', 'misiniz', 'nedir',
  ],
};
