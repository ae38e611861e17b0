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
  botIntro: '다음 도움말이 질문에 답이 될 수 있어요:',
  botSolved: '해결되었어요',
  botHuman: '상담원과 대화하기',
  botClosing: '도움이 되어 기뻐요! 언제든 다시 문의해 주세요.',
  articleLoading: '불러오는 중…',
  articleFailed: '도움말을 불러오지 못했습니다. 다시 시도해 주세요.',
  emailOffer: '지금은 답변할 수 있는 상담원이 없습니다. 이메일을 남겨 주시면 이메일로 답변드리겠습니다.',
  emailLabel: '이메일 주소',
  emailSave: '이메일 저장',
  emailSaved: (email) => `${email}(으)로 답변드리겠습니다.`,
  emailHeld: (email) => `이제 문의 내용을 입력해 주세요. ${email}(으)로 답변드리겠습니다.`,
  rateTitle: '상담은 어떠셨나요?',
  rateStar: (n) => `5점 중 ${n}점`,
  rateComment: '추가 의견이 있으신가요? (선택 사항)',
  rateSend: '평가 보내기',
  rateThanks: '소중한 의견 감사합니다!',
  transcriptSend: '대화 내용을 이메일로 받기',
  transcriptSent: (email) => `대화 내용을 ${email}(으)로 보냈습니다.`,
  requestFailed: '처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  attach: '파일 첨부',
  uploading: '업로드 중…',
  attachTooLarge: '파일은 최대 10MB까지 보낼 수 있습니다.',
  attachWrongType: '이미지(PNG, JPEG, WebP)와 PDF 파일만 보낼 수 있습니다.',
};

export default ko;
