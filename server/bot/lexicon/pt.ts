import type { Lexicon } from './concepts';

export const pt: Lexicon = {
  concepts: {
    password: ['senha*', 'password', 'pass'],
    reset: ['redefin*', 'recuper*', 'esqueci*', 'esquec*', 'trocar', 'alterar', 'resetar', 'reset*', 'nova senha'],
    login: ['login', 'logar', 'entrar', 'acess*', 'fazer login', 'nao consigo entrar'],
    locked: ['bloque*', 'suspens*', 'suspend*', 'desativ*', 'conta travada', 'banid*', 'desbloque*', 'tentativa*'],
    deposit: ['deposit*', 'recarg*', 'colocar dinheiro', 'botar dinheiro', 'coloquei dinheiro', 'pix', 'fiz um pix', 'depositei'],
    method: [
      'forma de pagamento', 'formas de pagamento', 'metodo de pagamento', 'metodos de pagamento', 'metodo*', 'pagamento*', 'cartao', 'cartoes',
      'cartao de credito', 'boleto*', 'transferencia*', 'ted', 'carteira*', 'picpay', 'mercado pago', 'pix',
    ],
    missing: ['caiu', 'nao caiu', 'cai', 'ainda nao', 'apareceu', 'aparece*', 'chegou', 'cheg*', 'receb*', 'credit*', 'sumiu', 'desapare*', 'nada'],
    withdrawal: ['saque*', 'sacar', 'saquei', 'retir*', 'resgat*', 'tirar meu dinheiro', 'tirar dinheiro'],
    pending: ['pendente*', 'em analise', 'analis*', 'process*', 'aguard*', 'esper*', 'parado', 'travado em analise'],
    duration: ['quanto tempo', 'demor*', 'quando cai', 'prazo*', 'dias', 'horas', 'leva quanto'],
    bonus: ['bonus', 'bonu*', 'promo*', 'codigo promocional', 'cupom', 'boas vindas', 'oferta*', 'presente'],
    wagering: ['quantas vezes', 'rollover', 'requisito de aposta*', 'requisitos de aposta*', 'wager*', 'x35', '35x', 'liberar o bonus', 'liberar bonus'],
    freespins: ['rodadas gratis', 'rodada gratis', 'rodadas gratuitas', 'giros gratis', 'free spin*', 'freespin*', 'spins gratis'],
    kyc: ['kyc', 'verific*', 'valid*', 'confirmar identidade', 'confirmar minha identidade'],
    document: [
      'document*', 'doc', 'docs', 'rg', 'cnh', 'passaporte*', 'identidade', 'comprovante*', 'conta de luz', 'selfie*', 'foto*', 'cpf', 'mandar os docs',
      'enviar documento*',
    ],
    status: ['status', 'aprov*', 'recus*', 'rejeit*', 'negad*', 'aceit*'],
    limit: ['limite*', 'limit*'],
    exclusion: ['autoexclu*', 'auto exclu*', 'me excluir', 'exclu*', 'pausa', 'dar um tempo'],
    game: ['jogo', 'jogos', 'slot*', 'caca niquel*', 'caca niqueis', 'rodada*', 'roleta', 'blackjack', 'cassino ao vivo', 'partida*', 'giro*'],
    fault: [
      'trav*', 'fechou sozinho', 'bug*', 'bugou', 'erro*', 'crash*', 'nao carrega', 'carregando', 'desconect*', 'tela preta', 'congel*', 'caiu o jogo',
      'nao pagou',
    ],
    complaint: ['reclam*', 'queixa*', 'reclame aqui', 'disputa*', 'golpe*', 'fraude*', 'procon'],
    vip: ['vip', 'fidelidade', 'gerente de conta'],
    cancel: ['cancel*'],
    amount: ['minimo', 'maximo', 'min', 'max'],
    balance: ['saldo*', 'dinheiro', 'grana', 'fundos'],
    email: ['email*', 'e mail*', 'mail*', 'link*', 'spam', 'lixo eletronico'],
  },
  greetings: [
    'oi', 'ola', 'olá', 'bom dia', 'boa tarde', 'boa noite', 'tudo bem', 'tudo bom', 'td bem', 'e ai', 'eai', 'opa', 'obrigado', 'obrigada', 'valeu',
    'ok', 'tem alguem ai', 'alguem ai', 'oie',
  ],
  human: [
    'humano*', 'atendente*', 'pessoa real', 'agente', 'operador*', 'falar com alguem', 'falar com uma pessoa', 'atendimento humano', 'suporte humano',
    'uma pessoa',
  ],
  stopWords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'em', 'e', 'ou', 'mas', 'que', 'com',
    'por', 'pra', 'para', 'pro', 'sem', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'me', 'te', 'se', 'eu', 'voce', 'vc', 'vcs', 'ele', 'ela',
    'é', 'e', 'ta', 'tá', 'esta', 'estou', 'to', 'ser', 'foi', 'fiz', 'faz', 'tem', 'ter', 'como', 'quando', 'onde', 'porque', 'por que', 'qual',
    'quais', 'quanto', 'nao', 'não', 'sim', 'ja', 'mais', 'muito', 'isso', 'esse', 'essa', 'preciso', 'quero', 'posso', 'pode', 'da', 'ainda', 'ai',
    'ate', 'agora', 'funciona',
  ],
};
