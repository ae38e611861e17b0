import type { Topic } from '../../protocol';

/**
 * What players and agents said in the seeded history. Full sets in the five
 * languages most of the demo casino's players use; the others fall back to
 * English (international players often write it).
 */
type Lines = Record<Topic, string[]>;

const OPENINGS: Record<string, Lines> = {
  en: {
    'account-access': ['I can’t log in, it says my password is wrong', 'My account is locked after too many attempts', 'I never got the password reset email'],
    deposit: ['My deposit of 50 EUR has not arrived', 'I deposited with Visa an hour ago and the balance is still 0', 'Why was my card deposit declined?'],
    withdrawal: ['When will my withdrawal arrive?', 'My withdrawal has been pending for 3 days', 'Can I cancel my withdrawal?'],
    bonus: ['How much do I still need to wager for the welcome bonus?', 'My free spins did not show up', 'Why can’t I withdraw my bonus winnings?'],
    kyc: ['Which documents do you need to verify my account?', 'I uploaded my ID yesterday, is it approved?', 'Why was my proof of address rejected?'],
    'game-issue': ['The game froze in the middle of a bonus round', 'Live blackjack disconnected and I lost my bet', 'A slot shows an error when I open it'],
    'responsible-gambling': ['I want to set a deposit limit', 'I think I am playing too much, can you close my account for a while?', 'How do I take a break from gambling?'],
    complaint: ['This is the third time I ask about my withdrawal, I want to complain', 'Your agent closed my chat without helping me'],
    vip: ['I was told I would get a VIP manager', 'What are the benefits of Gold level?'],
    other: ['Do you have a mobile app?', 'Can I change my email address?', 'Is roulette available in my country?'],
  },
  de: {
    'account-access': ['Ich kann mich nicht einloggen, das Passwort ist angeblich falsch', 'Mein Konto ist gesperrt'],
    deposit: ['Meine Einzahlung von 50 EUR ist nicht angekommen', 'Warum wurde meine Kartenzahlung abgelehnt?'],
    withdrawal: ['Wann kommt meine Auszahlung an?', 'Meine Auszahlung ist seit drei Tagen ausstehend'],
    bonus: ['Wie viel muss ich für den Willkommensbonus noch umsetzen?', 'Meine Freispiele sind nicht da'],
    kyc: ['Welche Dokumente braucht ihr zur Verifizierung?', 'Ich habe gestern meinen Ausweis hochgeladen, ist er geprüft?'],
    'game-issue': ['Das Spiel ist mitten in der Bonusrunde eingefroren', 'Live-Blackjack hat die Verbindung verloren'],
    'responsible-gambling': ['Ich möchte ein Einzahlungslimit setzen', 'Ich brauche eine Pause vom Spielen'],
    complaint: ['Ich möchte mich über die Bearbeitung meiner Auszahlung beschweren'],
    vip: ['Welche Vorteile hat das Gold-Level?'],
    other: ['Gibt es eine App?', 'Kann ich meine E-Mail-Adresse ändern?'],
  },
  fr: {
    'account-access': ['Je n’arrive pas à me connecter', 'Mon compte est bloqué'],
    deposit: ['Mon dépôt de 50 EUR n’est pas arrivé', 'Pourquoi mon paiement par carte a été refusé ?'],
    withdrawal: ['Quand vais-je recevoir mon retrait ?', 'Mon retrait est en attente depuis 3 jours'],
    bonus: ['Combien dois-je encore miser pour le bonus de bienvenue ?', 'Mes tours gratuits ne sont pas apparus'],
    kyc: ['Quels documents faut-il pour vérifier mon compte ?', 'Pourquoi mon justificatif de domicile a été refusé ?'],
    'game-issue': ['Le jeu s’est figé pendant le tour bonus', 'Le blackjack en direct s’est déconnecté'],
    'responsible-gambling': ['Je voudrais fixer une limite de dépôt', 'Je joue trop, pouvez-vous fermer mon compte quelque temps ?'],
    complaint: ['Je veux faire une réclamation au sujet de mon retrait'],
    vip: ['Quels sont les avantages du niveau Gold ?'],
    other: ['Avez-vous une application mobile ?', 'Puis-je changer mon adresse e-mail ?'],
  },
  es: {
    'account-access': ['No puedo iniciar sesión', 'Mi cuenta está bloqueada'],
    deposit: ['Mi depósito de 50 EUR no ha llegado', '¿Por qué rechazaron mi pago con tarjeta?'],
    withdrawal: ['¿Cuándo llegará mi retiro?', 'Mi retiro lleva 3 días pendiente'],
    bonus: ['¿Cuánto me falta apostar para el bono de bienvenida?', 'No me aparecen las tiradas gratis'],
    kyc: ['¿Qué documentos necesitan para verificar mi cuenta?', '¿Por qué rechazaron mi comprobante de domicilio?'],
    'game-issue': ['El juego se congeló en la ronda de bonificación', 'El blackjack en vivo se desconectó'],
    'responsible-gambling': ['Quiero poner un límite de depósito', 'Necesito un descanso del juego'],
    complaint: ['Quiero poner una queja sobre mi retiro'],
    vip: ['¿Qué ventajas tiene el nivel Gold?'],
    other: ['¿Tienen aplicación móvil?', '¿Puedo cambiar mi correo electrónico?'],
  },
  'pt-BR': {
    'account-access': ['Não consigo entrar na minha conta', 'Minha conta foi bloqueada'],
    deposit: ['Meu depósito via Pix não caiu', 'Depositei 100 reais e o saldo não mudou'],
    withdrawal: ['Quando meu saque vai cair?', 'Meu saque está pendente há 3 dias'],
    bonus: ['Quanto falta apostar para liberar o bônus?', 'Minhas rodadas grátis não apareceram'],
    kyc: ['Quais documentos preciso enviar?', 'Meu documento foi recusado, por quê?'],
    'game-issue': ['O jogo travou no meio da rodada bônus', 'O blackjack ao vivo desconectou'],
    'responsible-gambling': ['Quero colocar um limite de depósito', 'Preciso de uma pausa, podem bloquear minha conta?'],
    complaint: ['Quero fazer uma reclamação sobre o meu saque'],
    vip: ['Quais são as vantagens do nível Gold?'],
    other: ['Vocês têm aplicativo?', 'Posso mudar meu e-mail?'],
  },
};

const ANSWERS: Record<string, Lines> = {
  en: {
    'account-access': ['I have unlocked your account and sent a new reset link to your email.'],
    deposit: ['I can see the payment: it was held by the provider and is now credited to your balance.', 'The bank declined the payment; please try again or use another method.'],
    withdrawal: ['Your withdrawal is approved and on its way: bank transfers take 1 to 3 working days.', 'It was waiting for a verification step, which is now done.'],
    bonus: ['You have 312 EUR left to wager; slots count 100%, table games 10%.', 'I have added the free spins to your account now.'],
    kyc: ['We need a photo ID and a proof of address from the last 3 months.', 'Your documents are approved: your account is fully verified.'],
    'game-issue': ['The round was completed on the server and the win is in your balance.', 'I have refunded the bet and reported the game to the provider.'],
    'responsible-gambling': ['Your weekly deposit limit is set. If you ever want a longer break, I can set a self-exclusion too.'],
    complaint: ['I am sorry for the wait. I have escalated your case and a senior colleague will follow up today.'],
    vip: ['Your VIP manager will contact you within 24 hours.'],
    other: ['Yes: you can change it under Account → Personal details.'],
  },
  de: {
    'account-access': ['Ich habe Ihr Konto entsperrt und einen neuen Link gesendet.'],
    deposit: ['Die Zahlung ist jetzt Ihrem Guthaben gutgeschrieben.'],
    withdrawal: ['Ihre Auszahlung ist freigegeben: Banküberweisungen dauern 1–3 Werktage.'],
    bonus: ['Sie müssen noch 312 EUR umsetzen; Slots zählen zu 100 %.'],
    kyc: ['Wir brauchen einen Lichtbildausweis und einen Adressnachweis der letzten 3 Monate.'],
    'game-issue': ['Die Runde wurde auf dem Server beendet und der Gewinn gutgeschrieben.'],
    'responsible-gambling': ['Ihr Einzahlungslimit ist gesetzt. Für eine längere Pause kann ich auch eine Selbstsperre einrichten.'],
    complaint: ['Es tut mir leid. Ich habe Ihren Fall an eine erfahrene Kollegin weitergegeben.'],
    vip: ['Ihr VIP-Manager meldet sich innerhalb von 24 Stunden.'],
    other: ['Ja, das geht unter Konto → Persönliche Daten.'],
  },
  fr: {
    'account-access': ['J’ai débloqué votre compte et envoyé un nouveau lien.'],
    deposit: ['Le paiement est maintenant crédité sur votre solde.'],
    withdrawal: ['Votre retrait est validé : un virement prend 1 à 3 jours ouvrés.'],
    bonus: ['Il vous reste 312 EUR à miser ; les machines à sous comptent à 100 %.'],
    kyc: ['Il nous faut une pièce d’identité et un justificatif de domicile de moins de 3 mois.'],
    'game-issue': ['Le tour a été terminé sur le serveur et le gain crédité.'],
    'responsible-gambling': ['Votre limite de dépôt est en place. Je peux aussi mettre en place une auto-exclusion si vous le souhaitez.'],
    complaint: ['Je suis désolée. J’ai transmis votre dossier à une collègue senior.'],
    vip: ['Votre gestionnaire VIP vous contactera sous 24 heures.'],
    other: ['Oui, dans Compte → Informations personnelles.'],
  },
  es: {
    'account-access': ['He desbloqueado su cuenta y le he enviado un nuevo enlace.'],
    deposit: ['El pago ya está acreditado en su saldo.'],
    withdrawal: ['Su retiro está aprobado: las transferencias tardan de 1 a 3 días hábiles.'],
    bonus: ['Le quedan 312 EUR por apostar; las tragamonedas cuentan al 100 %.'],
    kyc: ['Necesitamos un documento de identidad y un comprobante de domicilio reciente.'],
    'game-issue': ['La ronda se completó en el servidor y la ganancia está en su saldo.'],
    'responsible-gambling': ['Su límite de depósito está activo. Si quiere un descanso más largo, puedo activar la autoexclusión.'],
    complaint: ['Lo siento mucho. He escalado su caso a una compañera senior.'],
    vip: ['Su gestor VIP le contactará en 24 horas.'],
    other: ['Sí, en Cuenta → Datos personales.'],
  },
  'pt-BR': {
    'account-access': ['Desbloqueei sua conta e enviei um novo link.'],
    deposit: ['O Pix foi confirmado e o valor já está no seu saldo.'],
    withdrawal: ['Seu saque foi aprovado e cai em até 1 dia útil.'],
    bonus: ['Faltam R$ 312 em apostas; slots contam 100%.'],
    kyc: ['Precisamos de um documento com foto e um comprovante de residência recente.'],
    'game-issue': ['A rodada foi concluída no servidor e o prêmio está no seu saldo.'],
    'responsible-gambling': ['Seu limite de depósito está ativo. Se quiser uma pausa maior, posso ativar a autoexclusão.'],
    complaint: ['Sinto muito. Encaminhei seu caso para uma colega sênior.'],
    vip: ['Seu gerente VIP vai entrar em contato em até 24 horas.'],
    other: ['Sim, em Conta → Dados pessoais.'],
  },
};

const GREETINGS: Record<string, string> = {
  en: 'Hi, thanks for waiting! Let me look into that for you.',
  de: 'Hallo, danke fürs Warten! Ich sehe mir das gleich an.',
  fr: 'Bonjour, merci de votre patience ! Je regarde cela tout de suite.',
  es: '¡Hola, gracias por esperar! Lo reviso ahora mismo.',
  'pt-BR': 'Olá, obrigado por aguardar! Vou verificar agora mesmo.',
};
const FOLLOW_UPS: Record<string, string[]> = {
  en: ['It was around 8pm yesterday', 'My username is the same as my email', 'Thanks, I will wait'],
  de: ['Es war gestern gegen 20 Uhr', 'Danke, ich warte'],
  fr: ['C’était hier vers 20 h', 'Merci, j’attends'],
  es: ['Fue ayer sobre las 20 h', 'Gracias, espero'],
  'pt-BR': ['Foi ontem por volta das 20h', 'Obrigado, vou aguardar'],
};
const THANKS: Record<string, string[]> = {
  en: ['Great, thank you!', 'Perfect, thanks for the help', 'OK thanks'],
  de: ['Super, danke!', 'Perfekt, vielen Dank'],
  fr: ['Super, merci !', 'Parfait, merci beaucoup'],
  es: ['¡Genial, gracias!', 'Perfecto, muchas gracias'],
  'pt-BR': ['Ótimo, obrigado!', 'Perfeito, valeu'],
};
export const CSAT_COMMENTS: Record<number, string[]> = {
  5: ['Fast and friendly', 'Solved in two minutes, great', 'Very helpful agent'],
  4: ['Good help', 'Took a while but sorted'],
  3: ['OK', 'Answer was fine but slow'],
  2: ['Waited too long', 'Did not really solve it'],
  1: ['Still no money', 'Terrible wait'],
};

const pickFrom = <T>(lists: Record<string, T>, locale: string): T => lists[locale] ?? lists.en!;

export const lines = {
  opening: (locale: string, topic: Topic) => pickFrom(OPENINGS, locale)[topic],
  answer: (locale: string, topic: Topic) => pickFrom(ANSWERS, locale)[topic],
  greeting: (locale: string) => pickFrom(GREETINGS, locale),
  followUps: (locale: string) => pickFrom(FOLLOW_UPS, locale),
  thanks: (locale: string) => pickFrom(THANKS, locale),
};
