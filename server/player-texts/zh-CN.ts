import type { PlayerTexts } from './texts';

export const zhCN: PlayerTexts = {
  lang: 'zh-CN',
  dir: 'ltr',
  responsibleGamblingHelp:
    '您并不孤单，主动求助是正确的选择。我们团队的专员正在为您接入。' +
    '您可以随时在账户设置中设置存款限额、暂停游戏或申请自我排除。' +
    '全天候免费保密的帮助：全球的戒赌互助会（Gamblers Anonymous），以及英国的 BeGambleAware.org 和 GamCare。',
  seniorJoining: '一位资深同事正在加入，协助处理此事。感谢您的耐心等待。',
  transferring: '我们正在为您转接最能帮助您的同事。您的对话会保留在这里。',
  suggestedArticles: (titles) => `推荐文章：${titles}`,
  answeredSubject: (site, agent) => `${site} 客服：${agent} 已回复您的问题`,
  answeredIntro: (agent, site) => `${site} 客服 ${agent} 写道：`,
  answeredReplyHint: (site) => `如需回复，请在 ${site} 上重新打开聊天。`,
  offlineSubject: (site) => `${site} 客服：我们已收到您的问题`,
  offlineBody: (site) =>
    `感谢您联系 ${site} 客服。目前暂时无人能立即回复，您问题的第一条答复将发送到此邮箱。` +
    `您也可以随时在 ${site} 上重新打开聊天查看。`,
  transcriptSubject: (site) => `${site} 客服：您的聊天记录`,
  transcriptHeading: (site) => `您与 ${site} 客服的对话`,
  you: '您',
  agent: '客服',
  assistant: '助手',
  notice: '通知',
  conversationRef: (id) => `（对话 ${id}）`,
};
