import type { LabelledQuestion, QuestionKind } from './questions';
import type { DemoArticleId } from '../../server/bot/demo-faq/articles';

/**
 * A second batch, written after the lexicons and the confidence rule were
 * frozen on the tune part of QUESTIONS, and run once as it stood: the check
 * that the first figures were not an artefact of one author writing both the
 * lexicons and the questions. All of it is held out; nothing here is tuned on.
 */
const q = (locale: string, text: string, expect: DemoArticleId | null, kind: QuestionKind = expect ? 'answerable' : 'uncovered'): LabelledQuestion => ({
  locale,
  text,
  expect,
  kind,
});

export const FRESH_QUESTIONS: LabelledQuestion[] = [
  q('en', 'hey i changed my phone and now i cant remember my login password', 'password-reset'),
  q('en', 'it says too many failed attempts, try again later', 'account-locked'),
  q('en', 'is there a minimum amount to top up?', 'deposit-methods'),
  q('en', 'paid with apple pay 20 min ago, money taken from my card but balance still 0', 'deposit-missing'),
  q('en', 'when will i get my winnings? requested payout to neteller this morning', 'withdrawal-times'),
  q('en', 'does blackjack count for the wagering', 'wagering-requirements'),
  q('en', 'my bonus expired?? i only had it for 2 weeks', 'bonus-terms'),
  q('en', "what's your sportsbook margin on football", null),
  q('en', 'yo', null, 'greeting'),
  q('en', 'let me speak to your manager', null, 'human'),

  q('fr', "impossible de me connecter, j'ai oublié mes identifiants", 'password-reset'),
  q('fr', 'combien de temps avant que mon retrait arrive sur ma carte', 'withdrawal-times'),
  q('fr', 'ils veulent une facture de moins de 3 mois c quoi comme document', 'kyc-documents'),
  q('fr', 'mon solde a pas bougé apres le bug de la machine a sous', 'game-malfunction'),
  q('fr', "c'est quoi la mise max avec un bonus actif", 'bonus-terms'),
  q('fr', 'salut ça va ?', null, 'greeting'),

  q('es', 'cuanto es el deposito minimo', 'deposit-methods'),
  q('es', 'me pide un selfie con el dni, es obligatorio?', 'kyc-documents'),
  q('es', 'la ruleta en vivo se desconecto y perdi la apuesta', 'game-malfunction'),
  q('es', 'cuantas veces tengo que apostar el bono', 'wagering-requirements'),
  q('es', 'quiero cancelar mi retiro', 'withdrawal-pending'),
  q('es', 'puedo jugar desde argentina?', null),

  q('de', 'habe mein passwort dreimal falsch eingegeben jetzt komm ich nicht rein', 'account-locked'),
  q('de', 'wann kommt meine auszahlung auf die kreditkarte', 'withdrawal-times'),
  q('de', 'warum wurde mein ausweis abgelehnt', 'kyc-status'),
  q('de', 'meine freispiele sind weg', 'free-spins'),
  q('de', 'wie beschwere ich mich offiziell', 'complaints-procedure'),
  q('de', 'guten morgen', null, 'greeting'),

  q('pt-BR', 'nao consigo entrar, esqueci a senha', 'password-reset'),
  q('pt-BR', 'quanto tempo pra cair o saque no pix', 'withdrawal-times'),
  q('pt-BR', 'posso cancelar o saque?', 'withdrawal-pending'),
  q('pt-BR', 'qual o valor minimo de deposito', 'deposit-methods'),
  q('pt-BR', 'o jogo bugou e comeu meu saldo', 'game-malfunction'),
  q('pt-BR', 'vcs sao confiaveis? tem licença?', null),

  q('ru', 'не могу войти пишет аккаунт временно заблокирован', 'account-locked'),
  q('ru', 'какой минимальный депозит', 'deposit-methods'),
  q('ru', 'отправил паспорт, когда проверите', 'kyc-status'),
  q('ru', 'какие условия у бонуса, есть максимальная ставка?', 'bonus-terms'),
  q('ru', 'слот завис после бонусной игры', 'game-malfunction'),
  q('ru', 'добрый вечер', null, 'greeting'),

  q('tr', 'şifre sıfırlama maili gelmiyor', 'password-reset'),
  q('tr', 'hangi ödeme yöntemleri var', 'deposit-methods'),
  q('tr', 'para çekme talebimi iptal edebilir miyim', 'withdrawal-pending'),
  q('tr', 'bonus çevrimi kaç kat', 'wagering-requirements'),
  q('tr', 'oyun açılmıyor sürekli yükleniyor', 'game-malfunction'),
  q('tr', 'müşteri hizmetlerine bağlanmak istiyorum', null, 'human'),

  q('ar', 'نسيت الباسورد ومو قادر ادخل', 'password-reset'),
  q('ar', 'كم الحد الادنى للايداع', 'deposit-methods'),
  q('ar', 'السحب صار له ثلاث ايام قيد المراجعه', 'withdrawal-pending'),
  q('ar', 'ليش رفضتوا صورة الهوية', 'kyc-status'),
  q('ar', 'اللفات المجانية ما اشتغلت', 'free-spins'),
  q('ar', 'ودي اشتكي على موظف', 'complaints-procedure'),

  q('ko', '로그인이 안돼요 비번 틀려서 잠긴것 같아요', 'account-locked'),
  q('ko', '최소 입금액이 얼마예요', 'deposit-methods'),
  q('ko', '출금 신청 취소 가능한가요', 'withdrawal-pending'),
  q('ko', '보너스 받으면 최대 베팅 금액 있나요', 'bonus-terms'),
  q('ko', '서류 올렸는데 언제 승인돼요', 'kyc-status'),
  q('ko', '스포츠 베팅도 되나요', null),

  q('zh-CN', '登录不了，密码忘了', 'password-reset'),
  q('zh-CN', '最低充值多少', 'deposit-methods'),
  q('zh-CN', '提款可以取消吗', 'withdrawal-pending'),
  q('zh-CN', '红利有效期多久', 'bonus-terms'),
  q('zh-CN', '上传证件后多久审核完', 'kyc-status'),
  q('zh-CN', '老虎机转到一半断线了', 'game-malfunction'),
  q('zh-CN', '我想找个真人聊聊', null, 'human'),
];
