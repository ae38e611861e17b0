import type { PlayerTexts } from './texts';

export const tr: PlayerTexts = {
  lang: 'tr',
  dir: 'ltr',
  responsibleGamblingHelp:
    'Yalnız değilsiniz ve yardım istemekle doğru olanı yaptınız. Ekibimizden bir uzman şimdi size katılıyor. ' +
    'Hesap ayarlarınızdan istediğiniz zaman yatırım limiti belirleyebilir, ara verebilir veya kendinizi hariç tutabilirsiniz. ' +
    'Ücretsiz ve gizli yardım 7/24: dünya genelinde Adsız Kumarbazlar (Gamblers Anonymous), ' +
    'Birleşik Krallık’ta BeGambleAware.org ve GamCare.',
  seniorJoining: 'Bu konuda yardımcı olmak için kıdemli bir meslektaşımız katılıyor. Sabrınız için teşekkürler.',
  transferring: 'Sizi bu konuda en iyi yardımcı olabilecek meslektaşımıza bağlıyoruz. Görüşmeniz burada kalıyor.',
  suggestedArticles: (titles) => `Önerilen makaleler: ${titles}`,
  answeredSubject: (site, agent) => `${site} destek: ${agent} sorunuzu yanıtladı`,
  answeredIntro: (agent, site) => `${site} destek ekibinden ${agent} şunu yazdı:`,
  answeredReplyHint: (site) => `Yanıtlamak için ${site} üzerinde sohbeti yeniden açın.`,
  offlineSubject: (site) => `${site} destek: sorunuzu aldık`,
  offlineBody: (site) =>
    `${site} desteğine yazdığınız için teşekkürler. Şu anda hemen yanıt verebilecek kimse yoktu; sorunuzun ilk yanıtı bu adrese gönderilecek. ` +
    `Yanıtı okumak için ${site} üzerinde sohbeti istediğiniz zaman yeniden de açabilirsiniz.`,
  transcriptSubject: (site) => `${site} destek: sohbet dökümünüz`,
  transcriptHeading: (site) => `${site} desteği ile görüşmeniz`,
  you: 'Siz',
  agent: 'Temsilci',
  assistant: 'Asistan',
  notice: 'Bildirim',
  conversationRef: (id) => `(Görüşme ${id})`,
};
