import type { Messages } from './messages';

/** Russian: 1, 21 → one; 2–4, 22–24 → few; the rest → many. */
const plural = new Intl.PluralRules('ru');
function unread(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return `${n} непрочитанное сообщение`;
    case 'few':
      return `${n} непрочитанных сообщения`;
    default:
      return `${n} непрочитанных сообщений`;
  }
}

const ru: Messages = {
  lang: 'ru',
  dir: 'ltr',
  title: 'Поддержка казино',
  subtitle: 'Обычно мы отвечаем в течение нескольких минут',
  minimize: 'Свернуть чат',
  transcript: 'Переписка',
  you: 'Вы',
  agent: 'Оператор',
  bot: 'Помощник',
  system: 'Уведомление',
  composer: 'Сообщение',
  placeholder: 'Введите сообщение…',
  send: 'Отправить',
  sending: 'Отправка…',
  sent: 'Отправлено',
  seen: 'Прочитано',
  failed: 'Не отправлено',
  connecting: 'Подключение…',
  reconnecting: 'Повторное подключение…',
  unavailable: 'Чат сейчас недоступен. Пожалуйста, обновите страницу.',
  empty: 'Задайте любой вопрос о вашем аккаунте, пополнении, выводе средств или бонусах.',
  topicPrompt: 'С чем связан вопрос? (необязательно)',
  topics: {
    'account-access': 'Доступ к аккаунту',
    deposit: 'Пополнение',
    withdrawal: 'Вывод средств',
    bonus: 'Бонусы',
    kyc: 'Проверка личности',
    'game-issue': 'Проблема с игрой',
    'responsible-gambling': 'Ответственная игра',
    complaint: 'Жалоба',
    vip: 'VIP',
    other: 'Другое',
  },
  newTab: 'откроется в новой вкладке',
  // Verbs in the past tense have a gender in Russian; these phrasings avoid guessing it.
  typing: (name) => (name ? `${name} печатает…` : 'Оператор печатает…'),
  unread,
  openWithUnread: (n) => `Открыть чат, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Ожидание оператора…';
      case 'assigned':
        return agentName ? `Оператор ${agentName} в чате` : 'Оператор в чате';
      case 'resolved':
        return 'Этот диалог завершён. Пишите нам в любое время.';
      case 'missed':
        return 'Никто из операторов не успел ответить. Напишите ещё раз, и мы обязательно ответим.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Возможно, эти статьи ответят на ваш вопрос:',
  botSolved: 'Это помогло',
  botHuman: 'Связаться с оператором',
  botClosing: 'Рады, что смогли помочь! Пишите нам в любое время.',
  articleLoading: 'Загрузка…',
  articleFailed: 'Не удалось загрузить статью. Попробуйте ещё раз.',
  emailOffer: 'Сейчас никто не может ответить — оставьте адрес электронной почты, и мы ответим вам туда.',
  emailLabel: 'Ваш e-mail',
  emailSave: 'Сохранить e-mail',
  emailSaved: (email) => `Мы ответим на ${email}.`,
  emailHeld: (email) => `Теперь напишите свой вопрос — мы ответим на ${email}.`,
  rateTitle: 'Как вы оцениваете нашу помощь?',
  rateStar: (n) => `${n} из 5`,
  rateComment: 'Хотите что-то добавить? (необязательно)',
  rateSend: 'Отправить оценку',
  rateThanks: 'Спасибо за отзыв!',
  transcriptSend: 'Отправить переписку мне на e-mail',
  transcriptSent: (email) => `Переписка отправлена на ${email}.`,
  requestFailed: 'Не получилось. Попробуйте ещё раз через минуту.',
  attach: 'Прикрепить файл',
  uploading: 'Загрузка…',
  attachTooLarge: 'Размер файла — не более 10 МБ.',
  attachWrongType: 'Можно отправлять только изображения (PNG, JPEG, WebP) и файлы PDF.',
};

export default ru;
