import type { Messages } from './messages';

const unread = (n: number) => `${n} 条未读消息`;

const zhCN: Messages = {
  lang: 'zh-CN',
  dir: 'ltr',
  title: '在线客服',
  subtitle: '我们通常会在几分钟内回复',
  minimize: '最小化聊天窗口',
  transcript: '对话',
  you: '我',
  agent: '客服',
  bot: '助手',
  system: '通知',
  composer: '消息',
  placeholder: '请输入消息…',
  send: '发送',
  sending: '发送中…',
  sent: '已发送',
  seen: '已读',
  failed: '发送失败',
  connecting: '正在连接…',
  reconnecting: '正在重新连接…',
  unavailable: '聊天暂时不可用，请刷新页面。',
  empty: '关于账户、存款、提款或奖金的任何问题，都可以问我们。',
  topicPrompt: '请问是关于什么的？（可选）',
  topics: {
    'account-access': '账户登录',
    deposit: '存款',
    withdrawal: '提款',
    bonus: '奖金',
    kyc: '身份验证',
    'game-issue': '游戏问题',
    'responsible-gambling': '理性娱乐',
    complaint: '投诉',
    vip: 'VIP',
    other: '其他问题',
  },
  newTab: '在新标签页中打开',
  typing: (name) => `${name ?? '客服'}正在输入…`,
  unread,
  openWithUnread: (n) => `打开聊天，${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return '正在等待客服…';
      case 'assigned':
        return `${agentName ?? '客服'}已加入对话`;
      case 'resolved':
        return '此对话已解决。如有需要，欢迎随时再联系我们。';
      case 'missed':
        return '暂时没有客服能及时回复。请再次留言，我们会尽快处理。';
      case 'bot':
        return null;
    }
  },
  botIntro: '以下文章也许能解答您的问题：',
  botSolved: '问题已解决',
  botHuman: '转人工客服',
  botClosing: '很高兴能帮到您！有需要随时联系我们。',
  articleLoading: '加载中…',
  articleFailed: '无法加载这篇文章，请重试。',
  emailOffer: '目前暂无客服可以回复——请留下您的邮箱，我们会通过邮件回复您。',
  emailLabel: '您的邮箱',
  emailSave: '保存邮箱',
  emailSaved: (email) => `我们会回复到 ${email}。`,
  emailHeld: (email) => `请现在输入您的问题，我们会回复到 ${email}。`,
  rateTitle: '您对我们的服务满意吗？',
  rateStar: (n) => `${n} 分（满分 5 分）`,
  rateComment: '还有什么想说的吗？（可选）',
  rateSend: '提交评分',
  rateThanks: '感谢您的反馈！',
  transcriptSend: '将聊天记录发送到我的邮箱',
  transcriptSent: (email) => `聊天记录已发送至 ${email}。`,
  requestFailed: '操作未成功，请稍后重试。',
  attach: '添加附件',
  uploading: '正在上传…',
  attachTooLarge: '文件大小不能超过 10 MB。',
  attachWrongType: '只能发送图片（PNG、JPEG、WebP）和 PDF 文件。',
};

export default zhCN;
