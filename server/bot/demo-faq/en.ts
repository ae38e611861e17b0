import type { DemoTexts } from './articles';

export const en: DemoTexts = {
  'password-reset': {
    title: 'How do I reset my password?',
    body:
      'On the login screen, click "Forgot password?" and enter the email address you registered with. We send you a reset link within a few minutes; it is valid for 30 minutes and works once. ' +
      'If the email does not arrive, check your spam or junk folder and make sure you typed the address you signed up with. ' +
      'Choose a new password of at least 8 characters that you do not use anywhere else. ' +
      'If you no longer have access to that email address, contact support: we will verify your identity before we change it.',
  },
  'account-locked': {
    title: 'Why is my account locked or blocked?',
    body:
      'For your security, your account is locked for 30 minutes after five wrong password attempts. Wait and log in again, or reset your password to unlock it straight away. ' +
      'An account can also be suspended while we review your verification documents, after a chargeback, or because of a self-exclusion. The message on the login screen tells you which case applies. ' +
      'If you still cannot log in after 30 minutes, contact support with your username. We will never ask for your password.',
  },
  'deposit-methods': {
    title: 'Which deposit methods can I use?',
    body:
      'You can deposit with Visa and Mastercard cards, Apple Pay and Google Pay, the e-wallets Skrill and Neteller, Paysafecard vouchers, bank transfer, and crypto (Bitcoin, Ethereum, USDT). ' +
      'Go to Cashier > Deposit to see the payment methods available in your country. ' +
      'The minimum deposit is 10 EUR or the equivalent in your currency, and we charge no fees. Cards and e-wallets are credited instantly; bank transfers take 1 to 3 business days. ' +
      'Withdrawals are paid to a method you have deposited with.',
  },
  'deposit-missing': {
    title: "My deposit hasn't arrived in my balance",
    body:
      'Card, e-wallet, Apple Pay and Google Pay deposits normally show in your balance within a few minutes. Bank transfers can take up to 3 business days, and crypto deposits wait for network confirmations (usually 10 to 60 minutes). ' +
      'If the money has left your bank account but is still not in your casino balance after that, please do not pay again. Check Cashier > Transaction history: a failed or cancelled deposit is refunded by your bank within 3 to 5 days. ' +
      'If your bank shows the payment as successful but we do not, send support the date, amount, payment method and a screenshot of the bank statement or the transaction ID, and we will credit it or trace it with the payment provider.',
  },
  'withdrawal-times': {
    title: 'How long do withdrawals take?',
    body:
      'We review every withdrawal (cashout) request within 24 hours, usually much faster. Once it is approved, the money reaches you in: e-wallets (Skrill, Neteller) within 24 hours, crypto within 1 hour, cards 1 to 3 business days, bank transfer 3 to 5 business days. ' +
      'Your first withdrawal takes longer because your account must be verified first. ' +
      'The minimum withdrawal is 20 EUR and the maximum is 5,000 EUR per day. We charge no fees on payouts.',
  },
  'withdrawal-pending': {
    title: 'Why is my withdrawal still pending?',
    body:
      'A withdrawal stays "Pending" while our payments team reviews it, which takes up to 24 hours. ' +
      'It can take longer when your identity documents are not verified yet, when an active bonus still has wagering to complete, when the payout goes to a different method from the one you deposited with, or when it was requested at the weekend. ' +
      'While a withdrawal is pending you can cancel it in Cashier > Withdrawals, and the money returns to your balance. When the status changes to "Approved", the usual processing time of your payment method applies. ' +
      'If your cashout has been pending for more than 48 hours, contact support.',
  },
  'bonus-terms': {
    title: 'Bonus terms: how do bonuses work?',
    body:
      'Our welcome bonus matches your first deposit 100% up to 200 EUR. Claim a bonus by choosing it in the Cashier before you deposit, or by entering its promo code. ' +
      'Every bonus has a minimum deposit of 20 EUR, expires after 30 days, limits your bet to 5 EUR per spin or hand while it is active, and counts only on the games listed in its terms. Only one bonus can be active at a time. ' +
      'You can cancel a bonus in My account > Bonuses; the bonus money and its winnings are then removed. ' +
      'If a bonus was not credited after your deposit, contact support within 7 days.',
  },
  'wagering-requirements': {
    title: 'What are wagering requirements?',
    body:
      'Wagering (also called playthrough or rollover) is how many times you must bet the bonus amount before its winnings can be withdrawn. ' +
      'Our welcome bonus has a 35x wagering requirement: a 100 EUR bonus means placing bets worth 3,500 EUR. Slots count 100%, table games 10% and live casino 0%. ' +
      'You can follow your wagering progress in My account > Bonuses. Until the wagering is complete, the bonus balance cannot be withdrawn, and asking for a withdrawal cancels the bonus.',
  },
  'free-spins': {
    title: 'How do free spins work?',
    body:
      'Free spins are credited to one slot game, named in the offer. Open that game and they start automatically; you have 7 days to use them. Each free spin has a fixed value, for example 0.10 EUR. ' +
      'Winnings from free spins go to your bonus balance with a 35x wagering requirement and a maximum win of 100 EUR. ' +
      'If your free spins are not showing, refresh the game or check My account > Bonuses: they may have expired, or the offer may need a deposit first.',
  },
  'kyc-documents': {
    title: 'Which documents do I need to verify my account (KYC)?',
    body:
      'To verify your identity we need: a valid photo ID (passport, national identity card or driving licence, both sides, all four corners visible); a proof of address from the last 3 months (utility bill, bank statement or tax letter showing your name and address); and proof of your payment method (a photo of your card with the middle digits covered, or a screenshot of your e-wallet account). ' +
      'Upload them in My account > Verification as clear colour photos or PDF files (JPG, PNG or PDF, up to 10 MB). ' +
      'We may also ask for a selfie holding your ID, or for source of funds documents.',
  },
  'kyc-status': {
    title: 'How long does verification take, and what does my KYC status mean?',
    body:
      'Your verification status is shown in My account > Verification. We usually check documents within 24 hours, and within 72 hours at busy times. ' +
      '"Pending" means we are still checking them. "Approved" means your account is verified and your withdrawals can be processed. "Rejected" means a document could not be accepted; the reason is shown next to it (blurry photo, expired ID, cut-off edges, or an address that does not match your account). Upload a new document to try again. ' +
      'We email you as soon as your account is verified.',
  },
  'deposit-limits': {
    title: 'How do I set a deposit limit?',
    body:
      'You can set a daily, weekly or monthly deposit limit in My account > Responsible gambling. A lower limit applies immediately; raising or removing a limit takes effect after a 24-hour cooling-off period. ' +
      'In the same place you can set loss limits, wager limits and reality checks that remind you how long you have been playing. ' +
      'If you feel your gambling is getting out of control, talk to our team: we are here to help, and so are BeGambleAware and GamCare.',
  },
  'self-exclusion': {
    title: 'How do I take a break or self-exclude?',
    body:
      'In My account > Responsible gambling you can take a break (time-out) for 24 hours, 7 days or 6 weeks, or self-exclude for 6 months, 1 year, 5 years or permanently. ' +
      'During a self-exclusion you cannot log in or deposit, and we stop all marketing to you. A self-exclusion cannot be cancelled before it ends. You can still withdraw your remaining balance. ' +
      'Free and confidential help is available 24/7 from BeGambleAware, GamCare and Gamblers Anonymous.',
  },
  'game-malfunction': {
    title: 'A game froze, crashed or did not pay out',
    body:
      'If a game freezes, crashes or disconnects in the middle of a round, your round is not lost: it is saved on the game provider\'s server. Open the same game again and the round finishes or its result is shown, and your balance is updated. ' +
      'You can check every round in My account > Game history. ' +
      'If a game does not load, clear your browser cache, try another browser or turn off your VPN. ' +
      'If a win is missing from your balance, send support the name of the game, the time and a screenshot, and we will check the round with the provider.',
  },
  'complaints-procedure': {
    title: 'How do I make a complaint?',
    body:
      'We are sorry something went wrong. To make a formal complaint, email complaints@luckystar.example or use the form in Help > Complaints, with your username, what happened and when, and any screenshots. ' +
      'We acknowledge every complaint within 48 hours and send our final answer within 14 days. ' +
      'If you are not satisfied with our final answer, you can take your complaint, free of charge, to the independent dispute resolution service named in our terms and conditions.',
  },
};
