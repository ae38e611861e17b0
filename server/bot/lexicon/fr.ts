import type { Lexicon } from './concepts';

export const fr: Lexicon = {
  concepts: {
    password: ['mot de passe', 'mots de passe', 'mot de pass', 'motdepasse', 'mdp', 'code secret'],
    reset: ['reinitialis*', 'oubli*', 'recuper*', 'changer', 'nouveau mot de passe', 'reset*'],
    login: ['connect*', 'connexion', 'identifiant*', 'acces', 'acceder', 'login'],
    locked: ['bloque', 'bloquee', 'bloquer', 'bloquage', 'blocage', 'verrouill*', 'suspendu*', 'suspension', 'desactive*', 'banni*', 'debloqu*', 'saisies erronees', 'tentative*'],
    deposit: ['depot*', 'deposer', 'depose', 'deposit*', 'alimenter', 'recharg*', 'versement*', "mettre de l'argent"],
    method: [
      'moyen de paiement', 'moyens de paiement', 'mode de paiement', 'paiement*', 'carte bancaire', 'carte*', 'cb', 'virement*', 'portefeuille*',
      'porte monnaie',
    ],
    missing: [
      'apparai*', 'apparu', 'arriv*', 'recu', 'recue', 'recois', 'toujours rien', 'toujours pas', 'credite*', 'disparu*', 'manqu*', 'rien recu',
      'pas passe', 'rien sur mon compte', 'rien sur mon solde',
    ],
    withdrawal: ['retrait*', 'retir*', 'encaiss*', 'virer mes gains', 'recuperer mes gains', 'retirer mes gains'],
    pending: ['en attente', 'attente', 'en cours', 'traitement', 'bloque en attente', 'en suspens', 'en verification'],
    duration: ['combien de temps', 'delai*', 'en combien', 'ca prend', 'prend combien', 'jours', 'heures', 'quand vais je', 'quand est ce'],
    bonus: ['bonus', 'bonu*', 'promo*', 'code promo', 'offre de bienvenue', 'bonus de bienvenue', 'offre*', 'cadeau*'],
    wagering: ['combien de fois', 'wager*', 'conditions de mise*', 'condition de mise*', 'mises a remplir', 'rollover', 'x35', '35x', 'miser combien de fois'],
    freespins: ['tours gratuits', 'tour gratuit', 'tours offerts', 'tour offert', 'free spin*', 'freespin*', 'spins gratuits'],
    kyc: ['kyc', 'verif*', 'valider mon compte', 'validation du compte', 'validation de compte'],
    document: [
      'document*', 'doc', 'docs', "piece d'identite", "pieces d'identite", 'identite', 'passeport*', "carte d'identite", 'cni', 'justificatif*',
      'facture*', 'releve bancaire', 'releve*', 'selfie*', 'photo*', 'permis', 'envoyer mes papiers', 'papiers',
    ],
    status: ['statut*', 'valide', 'validee', 'refus*', 'rejet*', 'accepte*', 'approuv*'],
    limit: ['limit*', 'plafond*'],
    exclusion: ['auto exclu*', 'autoexclu*', 'exclure', 'exclu*', 'faire une pause', 'pause'],
    game: [
      'jeu', 'jeux', 'machine a sous', 'machines a sous', 'slot*', 'partie*', 'tour', 'tours', 'roulette', 'blackjack', 'casino en direct', 'live',
      'manche*',
    ],
    fault: [
      'plante', 'plant*', 'fige*', 'gele', 'crash*', 'bug*', 'beug*', 'ne charge pas', 'ne se charge pas', 'chargement', 'deconnect*', 'ecran noir',
      'erreur*', 'freeze', 'rame', 'pas paye',
    ],
    complaint: ['reclam*', 'plainte*', 'porter plainte', 'litige*', 'pas content', 'arnaque*', 'inadmissible', 'mediat*', 'scandale*'],
    vip: ['vip', 'fidelite', 'programme de fidelite', 'gestionnaire de compte', 'conseiller vip'],
    cancel: ['annul*'],
    amount: ['minimum', 'maximum', 'minimal*', 'maximal*', 'min', 'max'],
    balance: ['solde*', 'argent', 'fonds', 'thune', 'sous'],
    email: ['mail*', 'e mail*', 'email*', 'courriel*', 'lien*', 'spam*', 'courrier indesirable', 'courriers indesirables', 'indesirable*'],
  },
  greetings: [
    'bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'allo', 'bonne journee', 'bonne soiree', 'merci', 'merci beaucoup', 'ok', "d'accord", 'ca va',
    'comment ca va', "y a quelqu'un", "il y a quelqu'un", 'vous etes la', 'cc', 'slt', 'bjr',
  ],
  human: [
    'conseiller*', 'humain*', 'un agent', 'agent', 'operateur*', 'vraie personne', 'personne reelle', "parler a quelqu'un", "parler avec quelqu'un",
    'service client', 'teleconseiller*', 'une personne',
  ],
  stopWords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'car', 'ni', 'je', 'j', 'tu', 'il', 'elle',
    'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'votre',
    'vos', 'leur', 'ce', 'cet', 'cette', 'ces', 'c', 'ca', 'qui', 'que', 'qu', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'est', 'es', 'suis',
    'sont', 'etre', 'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avoir', 'fait', 'faire', 'pour', 'par', 'sur', 'dans', 'avec', 'sans', 'en', 'y',
    'ne', 'pas', 'plus', 'tres', 'comment', 'pourquoi', 'quand', 'ou', 'si', 'oui', 'non', 'svp', 'stp', 'peux', 'peut', 'pouvez', 'veux', 'voudrais',
    'toujours', 'encore', 'deja', 'depuis', 'il', 'y', 'moi', 'toi',
  ],
};
