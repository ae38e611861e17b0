import type { PlayerTexts } from './texts';

export const ko: PlayerTexts = {
  lang: 'ko',
  dir: 'ltr',
  responsibleGamblingHelp:
    '혼자가 아닙니다. 도움을 요청하신 것은 잘하신 일입니다. 지금 저희 팀의 전문 상담원이 연결됩니다. ' +
    '계정 설정에서 언제든지 입금 한도를 설정하거나, 잠시 쉬거나, 자기 배제를 신청하실 수 있습니다. ' +
    '무료로 비밀이 보장되는 도움을 24시간 받으실 수 있습니다: 한국도박문제예방치유원 (국번 없이 1336), ' +
    '전 세계의 Gamblers Anonymous.',
  seniorJoining: '이 문제를 돕기 위해 선임 상담원이 합류합니다. 기다려 주셔서 감사합니다.',
  transferring: '이 문제를 가장 잘 도와드릴 수 있는 동료 상담원에게 연결해 드리고 있습니다. 대화는 이곳에서 그대로 이어집니다.',
  suggestedArticles: (titles) => `추천 도움말: ${titles}`,
  answeredSubject: (site, agent) => `${site} 고객지원: ${agent} 상담원이 문의에 답변했습니다`,
  answeredIntro: (agent, site) => `${site} 고객지원의 ${agent} 상담원이 보낸 답변:`,
  answeredReplyHint: (site) => `답장하시려면 ${site}에서 채팅을 다시 열어 주세요.`,
  offlineSubject: (site) => `${site} 고객지원: 문의가 접수되었습니다`,
  offlineBody: (site) =>
    `${site} 고객지원에 문의해 주셔서 감사합니다. 지금 바로 답변할 수 있는 상담원이 없어, 첫 답변을 이 주소로 보내 드립니다. ` +
    `언제든지 ${site}에서 채팅을 다시 열어 답변을 확인하실 수도 있습니다.`,
  transcriptSubject: (site) => `${site} 고객지원: 채팅 기록`,
  transcriptHeading: (site) => `${site} 고객지원과의 대화`,
  you: '나',
  agent: '상담원',
  assistant: '도우미',
  notice: '알림',
  conversationRef: (id) => `(대화 ${id})`,
};
