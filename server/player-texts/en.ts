import type { PlayerTexts } from './texts';

export const en: PlayerTexts = {
  lang: 'en',
  dir: 'ltr',
  responsibleGamblingHelp:
    "You're not alone, and you did the right thing by asking. A specialist from our team is joining you now. " +
    'You can set deposit limits, take a break or self-exclude at any time in your account settings. ' +
    'Free, confidential help is available 24/7: BeGambleAware.org and GamCare (UK, 0808 8020 133), ' +
    'Joueurs Info Service (FR, 09 74 75 13 13), Gamblers Anonymous worldwide.',
  seniorJoining: 'A senior colleague is joining to help with this. Thank you for your patience.',
  transferring: 'We are connecting you with a colleague who can best help with this. Your conversation stays right here.',
  suggestedArticles: (titles) => `Suggested articles: ${titles}`,
  answeredSubject: (site, agent) => `${site} support: ${agent} answered your question`,
  answeredIntro: (agent, site) => `${agent} from ${site} support wrote:`,
  answeredReplyHint: (site) => `Reply by opening the chat on ${site} again.`,
  offlineSubject: (site) => `${site} support: we have your question`,
  offlineBody: (site) =>
    `Thank you for writing to ${site} support. Nobody could answer right away, so the first answer to your question will be sent to this address. ` +
    `You can also open the chat on ${site} again at any time to read it there.`,
  transcriptSubject: (site) => `${site} support: your chat transcript`,
  transcriptHeading: (site) => `Your conversation with ${site} support`,
  you: 'You',
  agent: 'Agent',
  assistant: 'Assistant',
  notice: 'Notice',
  conversationRef: (id) => `(Conversation ${id})`,
};
