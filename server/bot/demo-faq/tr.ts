import type { DemoTexts } from './articles';

export const tr: DemoTexts = {
  'password-reset': {
    title: 'Şifremi nasıl sıfırlarım?',
    body:
      'Giriş ekranında "Şifremi unuttum" bağlantısına tıklayın ve kayıt olurken kullandığınız e-posta adresini yazın. Birkaç dakika içinde size bir şifre sıfırlama bağlantısı göndeririz; bağlantı 30 dakika geçerlidir ve yalnızca bir kez kullanılabilir. ' +
      'E-posta gelmezse spam veya gereksiz klasörünüze bakın ve kayıtta kullandığınız adresi doğru yazdığınızdan emin olun. ' +
      'Başka hiçbir yerde kullanmadığınız, en az 8 karakterli yeni bir şifre belirleyin. ' +
      'O e-posta adresine artık erişiminiz yoksa destek ekibine yazın: adresi değiştirmeden önce kimliğinizi doğrularız.',
  },
  'account-locked': {
    title: 'Hesabım neden kilitlendi?',
    body:
      'Güvenliğiniz için, şifre beş kez yanlış girildiğinde hesabınız 30 dakika kilitlenir. Bekleyip tekrar giriş yapın ya da kilidi hemen açmak için şifrenizi sıfırlayın. ' +
      'Hesap ayrıca doğrulama belgeleriniz incelenirken, bir ters ibrazdan (chargeback) sonra veya kendini dışlama nedeniyle askıya alınabilir. Giriş ekranındaki mesaj hangi durumun geçerli olduğunu gösterir. ' +
      '30 dakika sonra hâlâ giriş yapamıyorsanız kullanıcı adınızla destek ekibine yazın. Şifrenizi asla sormayız.',
  },
  'deposit-methods': {
    title: 'Hangi yöntemlerle para yatırabilirim?',
    body:
      'Visa veya Mastercard kredi kartı, Apple Pay ve Google Pay, Skrill ve Neteller e-cüzdanları, Paysafecard kuponları, banka havalesi ve kripto para (Bitcoin, Ethereum, USDT) ile para yatırabilirsiniz. ' +
      'Ülkenizde kullanılabilen ödeme yöntemlerini Kasa > Para yatır bölümünde görebilirsiniz. ' +
      'En az yatırım tutarı 10 EUR veya kendi para biriminizdeki karşılığıdır, komisyon alınmaz. Kart ve e-cüzdan yatırımları anında hesaba geçer; banka havalesi 1-3 iş günü sürer. ' +
      'Para çekimleri, yatırım yaptığınız bir yönteme ödenir.',
  },
  'deposit-missing': {
    title: 'Yatırdığım para bakiyeme geçmedi',
    body:
      'Kart, e-cüzdan, Apple Pay veya Google Pay ile yapılan yatırımlar genellikle birkaç dakika içinde bakiyenizde görünür. Banka havalesi 3 iş gününe kadar sürebilir, kripto yatırımları ise ağ onaylarını bekler (genellikle 10-60 dakika). ' +
      'Para banka hesabınızdan çekildiği halde bu sürenin sonunda hâlâ casino bakiyenizde değilse lütfen ödemeyi tekrarlamayın. Kasa > İşlem geçmişi bölümüne bakın: başarısız veya iptal edilen bir yatırımı bankanız 3-5 gün içinde iade eder. ' +
      'Bankanız ödemeyi başarılı gösteriyor ama biz göstermiyorsak, destek ekibine tarihi, tutarı, ödeme yöntemini ve banka dekontunun ekran görüntüsünü veya işlem numarasını gönderin; tutarı hesabınıza geçirir ya da ödeme sağlayıcısıyla takip ederiz.',
  },
  'withdrawal-times': {
    title: 'Para çekme ne kadar sürer?',
    body:
      'Her para çekme talebini 24 saat içinde, genellikle çok daha hızlı inceleriz. Onaylandıktan sonra para size şu sürelerde ulaşır: e-cüzdanlar (Skrill, Neteller) 24 saat içinde, kripto 1 saat içinde, kart 1-3 iş günü, banka havalesi 3-5 iş günü. ' +
      'İlk çekiminiz daha uzun sürer, çünkü önce hesabınızın doğrulanması gerekir. ' +
      'En az çekim tutarı 20 EUR, en fazla günlük 5.000 EUR’dur. Ödemelerden komisyon almayız.',
  },
  'withdrawal-pending': {
    title: 'Para çekme talebim neden hâlâ beklemede?',
    body:
      'Ödeme ekibimiz incelerken çekim talebi "Beklemede" görünür; bu en fazla 24 saat sürer. ' +
      'Kimlik belgeleriniz henüz doğrulanmadıysa, aktif bir bonusun çevrim şartı tamamlanmadıysa, ödeme yatırım yaptığınız yöntemden farklı bir yönteme gidiyorsa veya talep hafta sonu verildiyse daha uzun sürebilir. ' +
      'Talep beklemedeyken Kasa > Para çekme bölümünden iptal edebilirsiniz; para bakiyenize geri döner. Durum "Onaylandı" olduğunda ödeme yönteminizin normal işlem süresi geçerlidir. ' +
      'Çekiminiz 48 saatten uzun süredir beklemedeyse destek ekibine yazın.',
  },
  'bonus-terms': {
    title: 'Bonus şartları: bonuslar nasıl işler?',
    body:
      'Hoş geldin bonusumuz ilk yatırımınıza 200 EUR’ya kadar %100 ekler. Bir bonusu almak için yatırım yapmadan önce Kasa’da seçin veya promosyon kodunu girin. ' +
      'Her bonus için en az 20 EUR yatırım gerekir, bonus 30 gün sonra sona erer, aktifken bahsiniz dönüş veya el başına 5 EUR ile sınırlıdır ve yalnızca şartlarında listelenen oyunlarda geçerlidir. Aynı anda yalnızca bir bonus aktif olabilir. ' +
      'Bir bonusu Hesabım > Bonuslar bölümünden iptal edebilirsiniz; bu durumda bonus parası ve ondan gelen kazançlar silinir. ' +
      'Yatırımınızdan sonra bonus hesabınıza tanımlanmadıysa 7 gün içinde destek ekibine yazın.',
  },
  'wagering-requirements': {
    title: 'Çevrim şartı nedir?',
    body:
      'Çevrim şartı, bonustan gelen kazançları çekebilmeniz için bonus tutarını kaç kez bahis olarak oynamanız gerektiğini gösterir. ' +
      'Hoş geldin bonusumuzun çevrim şartı 35 kattır: 100 EUR bonus, toplam 3.500 EUR bahis demektir. Slot oyunları %100, masa oyunları %10, canlı casino ise %0 sayılır. ' +
      'Çevrim ilerlemenizi Hesabım > Bonuslar bölümünde takip edebilirsiniz. Çevrim tamamlanana kadar bonus bakiyesi çekilemez ve para çekme talebi bonusu iptal eder.',
  },
  'free-spins': {
    title: 'Bedava dönüşler (free spin) nasıl çalışır?',
    body:
      'Bedava dönüşler (free spin), teklifte adı geçen belirli bir slot oyununa tanımlanır. O oyunu açtığınızda otomatik başlar; kullanmak için 7 gününüz vardır. Her bedava dönüşün sabit bir değeri vardır, örneğin 0,10 EUR. ' +
      'Bedava dönüş kazançları 35 kat çevrim şartı ve en fazla 100 EUR kazanç sınırıyla bonus bakiyenize geçer. ' +
      'Bedava dönüşleriniz görünmüyorsa oyunu yenileyin veya Hesabım > Bonuslar bölümüne bakın: süreleri dolmuş olabilir ya da teklif önce yatırım gerektiriyor olabilir.',
  },
  'kyc-documents': {
    title: 'Hesap doğrulama (KYC) için hangi belgeler gerekli?',
    body:
      'Kimliğinizi doğrulamak için şunlara ihtiyacımız var: geçerli bir fotoğraflı kimlik (pasaport, kimlik kartı veya ehliyet, ön ve arka yüzü, dört köşesi görünür); son 3 aya ait bir adres belgesi (elektrik, su veya internet faturası, banka hesap özeti ya da adınızı ve adresinizi gösteren resmi bir belge, örneğin ikametgah belgesi); ve ödeme yönteminizin kanıtı (ortadaki rakamları kapatılmış kart fotoğrafı veya e-cüzdan hesabınızın ekran görüntüsü). ' +
      'Belgeleri Hesabım > Doğrulama bölümüne net, renkli fotoğraf veya PDF olarak yükleyin (JPG, PNG veya PDF, en fazla 10 MB). ' +
      'Ayrıca kimliğinizi tutarken çekilmiş bir selfie veya fonların kaynağını gösteren belgeler isteyebiliriz.',
  },
  'kyc-status': {
    title: 'Doğrulama ne kadar sürer, KYC durumum ne anlama geliyor?',
    body:
      'Doğrulama durumunuz Hesabım > Doğrulama bölümünde görünür. Belgeleri genellikle 24 saat içinde, yoğun dönemlerde 72 saat içinde kontrol ederiz. ' +
      '"Beklemede" hâlâ incelediğimiz anlamına gelir. "Onaylandı" hesabınızın doğrulandığı ve çekimlerinizin işleme alınabileceği anlamına gelir. "Reddedildi" bir belgenin kabul edilemediği anlamına gelir; nedeni yanında yazar (bulanık fotoğraf, süresi dolmuş kimlik, kesik kenarlar veya hesaptakiyle uyuşmayan adres). Tekrar denemek için yeni bir belge yükleyin. ' +
      'Hesabınız doğrulanır doğrulanmaz size e-posta göndeririz.',
  },
  'deposit-limits': {
    title: 'Yatırım limiti nasıl belirlenir?',
    body:
      'Hesabım > Sorumlu oyun bölümünden günlük, haftalık veya aylık yatırım limiti belirleyebilirsiniz. Limiti düşürmek hemen geçerli olur; artırmak veya kaldırmak 24 saatlik bir bekleme süresinden sonra geçerli olur. ' +
      'Aynı yerden kayıp ve bahis limitleri ile ne kadar süredir oynadığınızı hatırlatan uyarılar da ayarlayabilirsiniz. ' +
      'Kumarın kontrolünüzden çıktığını hissediyorsanız ekibimizle konuşun: yardım etmek için buradayız. Yeşilay Danışmanlık Merkezi’ne (YEDAM) 115 numaralı hattan ücretsiz ulaşabilirsiniz.',
  },
  'self-exclusion': {
    title: 'Nasıl ara verebilirim veya kendimi nasıl dışlayabilirim?',
    body:
      'Hesabım > Sorumlu oyun bölümünde 24 saat, 7 gün veya 6 hafta ara verebilir ya da kendinizi 6 ay, 1 yıl, 5 yıl veya süresiz olarak dışlayabilirsiniz (kendini dışlama). ' +
      'Kendini dışlama süresince giriş yapamaz ve para yatıramazsınız; size pazarlama mesajı göndermeyi de bırakırız. Kendini dışlama süresi dolmadan kaldırılamaz. Kalan bakiyenizi yine de çekebilirsiniz. ' +
      'Yeşilay’ın 115 numaralı hattından ücretsiz ve gizli destek alabilirsiniz.',
  },
  'game-malfunction': {
    title: 'Oyun dondu, çöktü veya kazancı ödemedi',
    body:
      'Bir oyun bir tur ortasında donarsa, çökerse veya bağlantısı koparsa turunuz kaybolmaz: oyun sağlayıcısının sunucusunda kayıtlıdır. Aynı oyunu yeniden açın; tur tamamlanır veya sonucu gösterilir ve bakiyeniz güncellenir. ' +
      'Her turu Hesabım > Oyun geçmişi bölümünden kontrol edebilirsiniz. ' +
      'Bir oyun açılmıyorsa tarayıcı önbelleğini temizleyin, başka bir tarayıcı deneyin veya VPN’inizi kapatın. ' +
      'Bakiyenizde bir kazanç eksikse destek ekibine oyunun adını, saati ve bir ekran görüntüsünü gönderin; turu sağlayıcıyla birlikte kontrol ederiz.',
  },
  'complaints-procedure': {
    title: 'Nasıl şikâyette bulunabilirim?',
    body:
      'Bir şeylerin yolunda gitmediği için üzgünüz. Resmi bir şikâyet için complaints@luckystar.example adresine yazın veya Yardım > Şikâyetler bölümündeki formu kullanın; kullanıcı adınızı, ne olduğunu ve ne zaman olduğunu, varsa ekran görüntüleriyle birlikte iletin. ' +
      'Her şikâyetin alındığını 48 saat içinde bildirir, nihai yanıtımızı 14 gün içinde göndeririz. ' +
      'Nihai yanıtımızdan memnun kalmazsanız şikâyetinizi, şartlar ve koşullarımızda adı geçen bağımsız uyuşmazlık çözüm kuruluşuna ücretsiz olarak iletebilirsiniz.',
  },
};
