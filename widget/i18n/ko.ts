import type { Messages } from './messages';

const unread = (n: number) => `읽지 않은 메시지 ${n}개`;

const ko: Messages = {
  lang: 'ko',
  dir: 'ltr',
  title: '카지노 고객지원',
  subtitle: '보통 몇 분 안에 답변해 드립니다',
  minimize: '채팅 최소화',
  transcript: '대화',
  you: '나',
  agent: '상담원',
  bot: '도우미',
  system: '알림',
  composer: '메시지',
  placeholder: '메시지를 입력하세요…',
  send: '보내기',
  sending: '보내는 중…',
  sent: '전송됨',
  seen: '읽음',
  failed: '전송 실패',
  connecting: '연결 중…',
  reconnecting: '다시 연결하는 중…',
  unavailable: '지금은 채팅을 사용할 수 없습니다. 페이지를 새로 고쳐 주세요.',
  empty: '계정, 입금, 출금, 보너스에 대해 무엇이든 물어보세요.',
  topicPrompt: '어떤 문의인가요? (선택 사항)',
  topics: {
    'account-access': '계정 접속',
    deposit: '입금',
    withdrawal: '출금',
    bonus: '보너스',
    kyc: '본인 인증',
    'game-issue': '게임 문제',
    'responsible-gambling': '책임감 있는 게임',
    complaint: '불만 접수',
    vip: 'VIP',
    other: '기타 문의',
  },
  newTab: '새 탭에서 열림',
  typing: (name) => (name ? `${name} 님이 입력 중…` : '상담원이 입력 중…'),
  unread,
  openWithUnread: (n) => `채팅 열기, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return '상담원을 기다리는 중…';
      case 'assigned':
        return agentName ? `${agentName} 상담원이 대화에 참여했습니다` : '상담원이 대화에 참여했습니다';
      case 'resolved':
        return '대화가 종료되었습니다. 언제든지 다시 문의해 주세요.';
      case 'missed':
        return '제시간에 답변할 수 있는 상담원이 없었습니다. 다시 메시지를 보내 주시면 답변해 드리겠습니다.';
      case 'bot':
        return null;
    }
  },
};

export default ko;
