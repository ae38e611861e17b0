import type { DemoTexts } from './articles';

export const ptBR: DemoTexts = {
  'password-reset': {
    title: 'Como redefinir minha senha?',
    body:
      'Na tela de login, clique em "Esqueceu a senha?" e digite o e-mail do seu cadastro. Enviamos um link para redefinir a senha em poucos minutos; ele vale por 30 minutos e só pode ser usado uma vez. ' +
      'Se o e-mail não chegar, confira a caixa de spam ou lixo eletrônico e veja se digitou o mesmo endereço do cadastro. ' +
      'Escolha uma senha nova com pelo menos 8 caracteres, que você não use em nenhum outro lugar. ' +
      'Se você não tem mais acesso a esse e-mail, fale com o suporte: vamos confirmar sua identidade antes de alterá-lo.',
  },
  'account-locked': {
    title: 'Por que minha conta está bloqueada?',
    body:
      'Para sua segurança, a conta fica bloqueada por 30 minutos depois de cinco tentativas com a senha errada. Aguarde e entre de novo, ou redefina a senha para desbloquear na hora. ' +
      'A conta também pode ser suspensa enquanto analisamos seus documentos de verificação, depois de um chargeback (estorno) ou por causa de uma autoexclusão. A mensagem na tela de login diz qual é o seu caso. ' +
      'Se depois de 30 minutos você ainda não conseguir entrar, fale com o suporte informando seu nome de usuário. Nunca pediremos sua senha.',
  },
  'deposit-methods': {
    title: 'Quais formas de depósito posso usar?',
    body:
      'Você pode depositar com cartão Visa ou Mastercard, Pix, Apple Pay e Google Pay, as carteiras digitais Skrill e Neteller, vouchers Paysafecard, transferência bancária e cripto (Bitcoin, Ethereum, USDT). ' +
      'Acesse Caixa > Depositar para ver as formas de pagamento disponíveis no seu país. ' +
      'O depósito mínimo é de 10 EUR ou o equivalente na sua moeda, sem taxas. Cartões, Pix e carteiras digitais caem na hora; transferência bancária leva de 1 a 3 dias úteis. ' +
      'Os saques são pagos em uma forma de pagamento que você usou para depositar.',
  },
  'deposit-missing': {
    title: 'Meu depósito não caiu no saldo',
    body:
      'Depósitos por cartão, Pix, carteira digital, Apple Pay ou Google Pay normalmente aparecem no saldo em poucos minutos. Transferência bancária pode levar até 3 dias úteis, e depósitos em cripto aguardam as confirmações da rede (em geral de 10 a 60 minutos). ' +
      'Se o dinheiro já saiu da sua conta bancária mas depois desse prazo ainda não está no saldo do cassino, não pague de novo. Veja Caixa > Histórico de transações: um depósito que falhou ou foi cancelado é devolvido pelo seu banco em 3 a 5 dias. ' +
      'Se o banco mostra o pagamento como concluído e nós não, envie ao suporte a data, o valor, a forma de pagamento e um print do extrato ou o ID da transação, e vamos creditar ou rastrear com o provedor de pagamento.',
  },
  'withdrawal-times': {
    title: 'Quanto tempo demora um saque?',
    body:
      'Analisamos cada pedido de saque em até 24 horas, geralmente bem antes. Depois de aprovado, o dinheiro chega: carteiras digitais (Skrill, Neteller) e Pix em até 24 horas, cripto em até 1 hora, cartão em 1 a 3 dias úteis e transferência bancária em 3 a 5 dias úteis. ' +
      'O primeiro saque demora mais porque antes sua conta precisa ser verificada. ' +
      'O saque mínimo é de 20 EUR e o máximo de 5.000 EUR por dia. Não cobramos taxa nos pagamentos.',
  },
  'withdrawal-pending': {
    title: 'Por que meu saque continua pendente?',
    body:
      'Um saque fica "Pendente" enquanto nossa equipe de pagamentos analisa o pedido, o que leva até 24 horas. ' +
      'Pode demorar mais se seus documentos de identidade ainda não foram verificados, se um bônus ativo ainda tem rollover a cumprir, se o pagamento vai para uma forma diferente da usada no depósito ou se o pedido foi feito no fim de semana. ' +
      'Enquanto estiver pendente, você pode cancelar o saque em Caixa > Saques e o dinheiro volta para o seu saldo. Quando o status mudar para "Aprovado", vale o prazo normal da sua forma de pagamento. ' +
      'Se o saque está pendente há mais de 48 horas, fale com o suporte.',
  },
  'bonus-terms': {
    title: 'Regras dos bônus: como funcionam?',
    body:
      'Nosso bônus de boas-vindas dobra seu primeiro depósito (100%) até 200 EUR. Para pegar um bônus, escolha-o no Caixa antes de depositar ou digite o código promocional. ' +
      'Todo bônus exige depósito mínimo de 20 EUR, expira em 30 dias, limita a aposta a 5 EUR por rodada ou mão enquanto está ativo e só vale nos jogos listados nas regras. Só pode haver um bônus ativo por vez. ' +
      'Você pode cancelar um bônus em Minha conta > Bônus; o valor do bônus e os ganhos com ele são removidos. ' +
      'Se um bônus não foi creditado depois do seu depósito, fale com o suporte em até 7 dias.',
  },
  'wagering-requirements': {
    title: 'O que é rollover (requisito de apostas)?',
    body:
      'O rollover, ou requisito de apostas, é quantas vezes você precisa apostar o valor do bônus antes de poder sacar os ganhos. ' +
      'Nosso bônus de boas-vindas tem rollover de 35x: um bônus de 100 EUR exige 3.500 EUR em apostas. Caça-níqueis (slots) contam 100%, jogos de mesa 10% e cassino ao vivo 0%. ' +
      'Acompanhe o progresso em Minha conta > Bônus. Enquanto o rollover não for cumprido, o saldo de bônus não pode ser sacado, e pedir um saque cancela o bônus.',
  },
  'free-spins': {
    title: 'Como funcionam as rodadas grátis?',
    body:
      'As rodadas grátis (free spins) são creditadas em um caça-níquel específico, informado na oferta. Abra esse jogo e elas começam sozinhas; você tem 7 dias para usar. Cada rodada grátis tem valor fixo, por exemplo 0,10 EUR. ' +
      'Os ganhos das rodadas grátis vão para o saldo de bônus, com rollover de 35x e ganho máximo de 100 EUR. ' +
      'Se as rodadas grátis não aparecem, recarregue o jogo ou veja Minha conta > Bônus: talvez tenham expirado ou a oferta exija um depósito antes.',
  },
  'kyc-documents': {
    title: 'Quais documentos preciso para verificar minha conta (KYC)?',
    body:
      'Para verificar sua identidade precisamos de: um documento com foto válido (passaporte, RG ou CNH, frente e verso, com os quatro cantos aparecendo); um comprovante de residência dos últimos 3 meses (conta de luz, água ou internet, extrato bancário ou carta da Receita com seu nome e endereço); e um comprovante da forma de pagamento (foto do cartão com os números do meio cobertos, ou print da sua conta na carteira digital). ' +
      'Envie em Minha conta > Verificação como fotos coloridas nítidas ou PDF (JPG, PNG ou PDF, até 10 MB). ' +
      'Também podemos pedir uma selfie segurando o documento ou comprovantes de origem dos fundos.',
  },
  'kyc-status': {
    title: 'Quanto tempo leva a verificação e o que significa meu status KYC?',
    body:
      'O status da sua verificação aparece em Minha conta > Verificação. Normalmente analisamos os documentos em até 24 horas, e em até 72 horas nos períodos de maior movimento. ' +
      '"Pendente" quer dizer que ainda estamos analisando. "Aprovado" quer dizer que sua conta está verificada e seus saques podem ser processados. "Recusado" quer dizer que um documento não pôde ser aceito; o motivo aparece ao lado (foto borrada, documento vencido, bordas cortadas ou endereço diferente do cadastro). Envie um documento novo para tentar de novo. ' +
      'Mandamos um e-mail assim que sua conta for verificada.',
  },
  'deposit-limits': {
    title: 'Como definir um limite de depósito?',
    body:
      'Você pode definir um limite de depósito diário, semanal ou mensal em Minha conta > Jogo responsável. Baixar um limite vale na hora; aumentar ou remover só vale depois de um período de reflexão de 24 horas. ' +
      'No mesmo lugar você define limites de perda e de apostas, e lembretes de quanto tempo está jogando. ' +
      'Se sentir que o jogo está saindo do controle, fale com a nossa equipe: estamos aqui para ajudar. Os Jogadores Anônimos também oferecem apoio gratuito.',
  },
  'self-exclusion': {
    title: 'Como dar uma pausa ou me autoexcluir?',
    body:
      'Em Minha conta > Jogo responsável você pode dar uma pausa de 24 horas, 7 dias ou 6 semanas, ou se autoexcluir por 6 meses, 1 ano, 5 anos ou para sempre. ' +
      'Durante a autoexclusão você não consegue entrar nem depositar, e paramos de enviar promoções. A autoexclusão não pode ser cancelada antes do fim. Você ainda pode sacar o saldo restante. ' +
      'Ajuda gratuita e sigilosa está disponível com os Jogadores Anônimos e o CVV (188, 24 horas).',
  },
  'game-malfunction': {
    title: 'Um jogo travou, fechou sozinho ou não pagou',
    body:
      'Se um jogo trava, fecha ou desconecta no meio de uma rodada, você não perde a jogada: ela fica salva no servidor do provedor do jogo. Abra o mesmo jogo de novo e a rodada termina ou o resultado aparece, e seu saldo é atualizado. ' +
      'Você pode conferir cada rodada em Minha conta > Histórico de jogos. ' +
      'Se um jogo não carrega, limpe o cache do navegador, tente outro navegador ou desligue a VPN. ' +
      'Se faltar um ganho no seu saldo, envie ao suporte o nome do jogo, o horário e um print da tela, e vamos verificar a rodada com o provedor.',
  },
  'complaints-procedure': {
    title: 'Como faço uma reclamação?',
    body:
      'Sentimos muito que algo tenha dado errado. Para uma reclamação formal, escreva para complaints@luckystar.example ou use o formulário em Ajuda > Reclamações, com seu nome de usuário, o que aconteceu e quando, e os prints que tiver. ' +
      'Confirmamos o recebimento de toda reclamação em até 48 horas e enviamos a resposta final em até 14 dias. ' +
      'Se não ficar satisfeito com a resposta final, você pode levar a reclamação, sem custo, ao serviço independente de resolução de disputas indicado nos nossos termos e condições.',
  },
};
