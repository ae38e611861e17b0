import type { Lexicon } from './concepts';

/** English, also applied to every other language: players mix in "cashout", "bonus", "KYC", "pending". */
export const en: Lexicon = {
  concepts: {
    password: ['password*', 'passwd', 'pwd', 'pw', 'passcode*', 'pass word'],
    reset: ['reset*', 'forgot*', 'forget*', 'recover*', 'restore*', 'new password'],
    login: ['login*', 'log in', 'logon', 'sign in', 'signin', 'logging in', 'cant log', 'cannot log', 'get in', 'cant access', 'access my account'],
    locked: ['lock*', 'unlock*', 'block*', 'unblock*', 'suspend*', 'disabled', 'deactivat*', 'banned', 'account frozen', 'attempt*', 'too many tries', 'try again later'],
    deposit: ['deposit*', 'depo', 'top up', 'topup', 'topped up', 'fund my account', 'put money in', 'pay in'],
    method: [
      'method*', 'payment option*', 'payment method*', 'visa', 'mastercard', 'master card', 'card', 'cards', 'credit card', 'debit card', 'skrill',
      'neteller', 'paypal', 'paysafe*', 'apple pay', 'google pay', 'crypto*', 'bitcoin', 'btc', 'ethereum', 'eth', 'usdt', 'tether', 'bank transfer',
      'wire transfer', 'e wallet*', 'ewallet*', 'wallet*', 'pix', 'papara', 'alipay', 'wechat pay', 'pay with',
    ],
    missing: [
      'missing', 'disappear*', 'vanish*', 'arriv*', 'show up', 'showed up', 'shown up', 'not show*', 'not appear*', 'receiv*', 'never came',
      'not there', 'didnt come', 'not credited', 'not reflect*', 'nothing show*', 'still not in', 'not in my balance', 'went through',
    ],
    withdrawal: ['withdraw*', 'withdrawl*', 'cashout*', 'cash out', 'cashing out', 'payout*', 'pay out', 'get my money out', 'take my money out', 'wd'],
    pending: ['pending', 'processing', 'on hold', 'stuck', 'delay*', 'waiting', 'still waiting', 'in review', 'under review'],
    duration: ['how long', 'how fast', 'how quick*', 'when will', 'eta', 'processing time*', 'business day*', 'hours', 'days', 'take long'],
    bonus: ['bonus*', 'promo*', 'promotion*', 'welcome offer', 'welcome package', 'reward*', 'offer*', 'promo code'],
    wagering: ['how many times', 'wager*', 'playthrough', 'play through', 'playthru', 'rollover', 'roll over', 'turnover', '35x', 'x35', 'requirement*'],
    freespins: ['free spin*', 'freespin*', 'free round*', 'free games', 'fs'],
    kyc: ['kyc', 'verif*', 'verify*', 'know your customer', 'id check', 'identity check', 'id verification'],
    document: [
      'document*', 'docs', 'doc', 'passport*', 'id card', 'identity card', 'driving licen*', 'drivers licen*', 'driver licen*', 'proof of address',
      'utility bill', 'bill', 'bank statement', 'selfie*', 'photo*', 'upload*', 'proof of', 'id',
    ],
    status: ['status', 'approv*', 'reject*', 'declin*', 'denied', 'refus*', 'accepted'],
    limit: ['limit*'],
    exclusion: ['self exclu*', 'selfexclu*', 'exclude myself', 'exclusion', 'time out', 'timeout', 'take a break', 'cool off', 'cooling off', 'close my account'],
    game: ['game*', 'slot*', 'spin', 'spins', 'round*', 'roulette', 'blackjack', 'live casino', 'table game*', 'reel*', 'poker', 'baccarat'],
    fault: [
      'froze', 'freez*', 'frozen', 'crash*', 'glitch*', 'error*', 'disconnect*', 'not load*', 'wont load', 'doesnt load', 'loading', 'lag*',
      'black screen', 'broke*', 'malfunction*', 'kicked out', 'hang*', 'didnt pay', 'not pay*', 'bug', 'bugs', 'buggy', 'bugged',
    ],
    complaint: ['complain*', 'complaint*', 'dispute*', 'grievance', 'unfair', 'scam*', 'ombudsman', 'adr', 'not happy', 'unacceptable'],
    vip: ['vip', 'loyalty', 'account manager', 'personal manager', 'high roller', 'vip program*', 'vip club'],
    cancel: ['cancel*', 'revers*', 'undo'],
    amount: ['minimum*', 'maximum*', 'min', 'max'],
    balance: ['balance*', 'money', 'funds', 'bucks', 'cash'],
    email: ['email*', 'e mail*', 'mail', 'link', 'spam', 'junk', 'inbox'],
  },
  greetings: [
    'hi', 'hii', 'hiya', 'hello', 'helo', 'hey', 'heya', 'yo', 'good morning', 'good afternoon', 'good evening', 'greetings', 'howdy', 'thanks',
    'thank you', 'thx', 'ty', 'ok', 'okay', 'anyone there', 'anyone around', 'anybody there', 'is anyone there', 'hello there', 'you there', 'sup',
    'whats up', 'how are you',
  ],
  human: [
    'human', 'real person', 'live person', 'actual person', 'a person', 'agent', 'live agent', 'operator', 'representative', 'rep', 'someone real',
    'talk to someone', 'speak to someone', 'talk to somebody', 'speak with someone', 'customer service', 'customer support', 'support team',
    'speak to a', 'talk to a', 'your manager', 'a manager', 'supervisor',
  ],
  stopWords: [
    'a', 'an', 'the', 'i', 'im', 'me', 'my', 'mine', 'you', 'u', 'your', 'ur', 'we', 'us', 'our', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been',
    'am', 'do', 'does', 'did', 'doing', 'have', 'has', 'had', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'so',
    'if', 'then', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'whats', 'which', 'who', 'how', 'why', 'when', 'where', 'can', 'could',
    'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'just', 'still', 'please', 'pls', 'plz', 'not', 'no', 'yes', 'any', 'some', 'all',
    'about', 'into', 'out', 'up', 'down', 'again', 'too', 'very', 'really', 'now', 'get', 'got', 'want', 'need', 'know', 'tell', 'wtf', 'lol',
    'cant', 'dont', 'didnt', 'wont', 'isnt', 'doesnt', 'havent', 'hasnt', 'after', 'before', 'since', 'ago', 'yet',
  ],
};
