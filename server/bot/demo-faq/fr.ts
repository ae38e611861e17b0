import type { DemoTexts } from './articles';

export const fr: DemoTexts = {
  'password-reset': {
    title: 'Comment réinitialiser mon mot de passe ?',
    body:
      "Sur l'écran de connexion, cliquez sur « Mot de passe oublié ? » et saisissez l'adresse e-mail de votre inscription. Nous vous envoyons un lien de réinitialisation en quelques minutes ; il est valable 30 minutes et ne sert qu'une fois. " +
      "Si l'e-mail n'arrive pas, regardez dans vos spams ou courriers indésirables et vérifiez que vous avez bien saisi l'adresse utilisée à l'inscription. " +
      "Choisissez un nouveau mot de passe d'au moins 8 caractères que vous n'utilisez nulle part ailleurs. " +
      "Si vous n'avez plus accès à cette adresse e-mail, contactez le support : nous vérifierons votre identité avant de la modifier.",
  },
  'account-locked': {
    title: 'Pourquoi mon compte est-il bloqué ?',
    body:
      'Pour votre sécurité, votre compte est verrouillé pendant 30 minutes après cinq saisies erronées du mot de passe. Patientez puis reconnectez-vous, ou réinitialisez votre mot de passe pour le débloquer tout de suite. ' +
      "Un compte peut aussi être suspendu pendant la vérification de vos documents, après une rétrofacturation (chargeback) ou en raison d'une auto-exclusion. Le message affiché à la connexion indique votre cas. " +
      "Si vous ne pouvez toujours pas vous connecter après 30 minutes, contactez le support avec votre nom d'utilisateur. Nous ne vous demanderons jamais votre mot de passe.",
  },
  'deposit-methods': {
    title: 'Quels moyens de paiement puis-je utiliser pour déposer ?',
    body:
      'Vous pouvez déposer par carte Visa ou Mastercard, Apple Pay et Google Pay, avec les portefeuilles électroniques Skrill et Neteller, des coupons Paysafecard, par virement bancaire ou en crypto (Bitcoin, Ethereum, USDT). ' +
      'Rendez-vous dans Caisse > Dépôt pour voir les moyens de paiement disponibles dans votre pays. ' +
      "Le dépôt minimum est de 10 EUR ou l'équivalent dans votre devise, sans aucun frais. Les cartes et portefeuilles électroniques sont crédités immédiatement ; un virement prend 1 à 3 jours ouvrés. " +
      'Les retraits sont versés sur un moyen de paiement que vous avez utilisé pour déposer.',
  },
  'deposit-missing': {
    title: "Mon dépôt n'apparaît pas sur mon solde",
    body:
      'Les dépôts par carte, portefeuille électronique, Apple Pay ou Google Pay apparaissent normalement sur votre solde en quelques minutes. Un virement bancaire peut prendre jusqu\'à 3 jours ouvrés, et un dépôt en crypto attend les confirmations du réseau (en général 10 à 60 minutes). ' +
      "Si l'argent a été débité de votre compte bancaire mais n'est toujours pas sur votre solde casino passé ce délai, ne payez pas une seconde fois. Consultez Caisse > Historique des transactions : un dépôt échoué ou annulé est remboursé par votre banque sous 3 à 5 jours. " +
      "Si votre banque indique le paiement comme réussi mais pas nous, envoyez au support la date, le montant, le moyen de paiement et une capture du relevé bancaire ou l'identifiant de transaction : nous le créditerons ou le retrouverons avec le prestataire de paiement.",
  },
  'withdrawal-times': {
    title: 'Combien de temps prend un retrait ?',
    body:
      "Nous examinons chaque demande de retrait sous 24 heures, souvent bien plus vite. Une fois le retrait validé, l'argent vous parvient : portefeuilles électroniques (Skrill, Neteller) sous 24 heures, crypto en moins d'une heure, carte bancaire en 1 à 3 jours ouvrés, virement en 3 à 5 jours ouvrés. " +
      'Votre premier retrait est plus long car votre compte doit d\'abord être vérifié. ' +
      'Le retrait minimum est de 20 EUR et le maximum de 5 000 EUR par jour. Les paiements de gains sont sans frais.',
  },
  'withdrawal-pending': {
    title: 'Pourquoi mon retrait est-il toujours en attente ?',
    body:
      "Un retrait reste « En attente » pendant que notre service des paiements l'examine, ce qui prend jusqu'à 24 heures. " +
      "Cela peut être plus long si vos documents d'identité ne sont pas encore vérifiés, si un bonus actif a encore des mises à remplir, si le paiement part vers un autre moyen que celui de votre dépôt, ou si la demande a été faite le week-end. " +
      "Tant qu'il est en attente, vous pouvez annuler le retrait dans Caisse > Retraits et l'argent revient sur votre solde. Quand le statut passe à « Validé », le délai habituel de votre moyen de paiement s'applique. " +
      'Si votre retrait est en attente depuis plus de 48 heures, contactez le support.',
  },
  'bonus-terms': {
    title: 'Conditions des bonus : comment fonctionnent-ils ?',
    body:
      "Notre bonus de bienvenue double votre premier dépôt (100 %) jusqu'à 200 EUR. Pour profiter d'un bonus, choisissez-le dans la Caisse avant de déposer ou saisissez son code promo. " +
      "Chaque bonus demande un dépôt minimum de 20 EUR, expire au bout de 30 jours, limite votre mise à 5 EUR par tour ou par main tant qu'il est actif, et ne compte que sur les jeux listés dans ses conditions. Un seul bonus peut être actif à la fois. " +
      "Vous pouvez annuler un bonus dans Mon compte > Bonus ; l'argent du bonus et ses gains sont alors retirés. " +
      "Si un bonus n'a pas été crédité après votre dépôt, contactez le support dans les 7 jours.",
  },
  'wagering-requirements': {
    title: 'Que sont les conditions de mise (wager) ?',
    body:
      'Les conditions de mise (wager) indiquent combien de fois vous devez miser le montant du bonus avant de pouvoir retirer ses gains. ' +
      'Notre bonus de bienvenue a un wager de 35x : un bonus de 100 EUR demande de placer 3 500 EUR de mises. Les machines à sous comptent à 100 %, les jeux de table à 10 % et le casino en direct à 0 %. ' +
      "Suivez votre progression dans Mon compte > Bonus. Tant que les mises ne sont pas remplies, le solde bonus ne peut pas être retiré, et une demande de retrait annule le bonus.",
  },
  'free-spins': {
    title: 'Comment fonctionnent les tours gratuits ?',
    body:
      "Les tours gratuits (free spins) sont crédités sur une machine à sous précise, indiquée dans l'offre. Ouvrez ce jeu et ils démarrent automatiquement ; vous avez 7 jours pour les utiliser. Chaque tour gratuit a une valeur fixe, par exemple 0,10 EUR. " +
      'Les gains des tours gratuits vont sur votre solde bonus, avec un wager de 35x et un gain maximum de 100 EUR. ' +
      "Si vos tours gratuits n'apparaissent pas, rechargez le jeu ou regardez dans Mon compte > Bonus : ils ont peut-être expiré, ou l'offre demande d'abord un dépôt.",
  },
  'kyc-documents': {
    title: 'Quels documents pour vérifier mon compte (KYC) ?',
    body:
      "Pour vérifier votre identité, il nous faut : une pièce d'identité valide avec photo (passeport, carte nationale d'identité ou permis de conduire, recto verso, les quatre coins visibles) ; un justificatif de domicile de moins de 3 mois (facture d'électricité, de gaz ou d'internet, relevé bancaire ou avis d'imposition à vos nom et adresse) ; et un justificatif du moyen de paiement (photo de votre carte avec les chiffres du milieu masqués, ou capture de votre compte de portefeuille électronique). " +
      'Envoyez-les dans Mon compte > Vérification en photos couleur nettes ou en PDF (JPG, PNG ou PDF, 10 Mo maximum). ' +
      "Nous pouvons aussi demander un selfie avec votre pièce d'identité, ou des justificatifs de l'origine des fonds.",
  },
  'kyc-status': {
    title: 'Combien de temps prend la vérification et que signifie mon statut KYC ?',
    body:
      "Le statut de votre vérification s'affiche dans Mon compte > Vérification. Nous contrôlons les documents en général sous 24 heures, et sous 72 heures en période chargée. " +
      "« En attente » signifie que nous les examinons encore. « Validé » signifie que votre compte est vérifié et que vos retraits peuvent être traités. « Refusé » signifie qu'un document n'a pas pu être accepté ; le motif est indiqué à côté (photo floue, pièce expirée, bords coupés ou adresse différente de celle du compte). Envoyez un nouveau document pour réessayer. " +
      'Nous vous écrivons dès que votre compte est vérifié.',
  },
  'deposit-limits': {
    title: 'Comment fixer une limite de dépôt ?',
    body:
      'Vous pouvez fixer une limite de dépôt quotidienne, hebdomadaire ou mensuelle dans Mon compte > Jeu responsable. Une baisse de limite s\'applique immédiatement ; une hausse ou une suppression prend effet après un délai de réflexion de 24 heures. ' +
      'Au même endroit, vous pouvez fixer des limites de pertes et de mises, et des rappels de temps de jeu. ' +
      "Si vous sentez que le jeu vous échappe, parlez-en à notre équipe : nous sommes là pour vous aider, tout comme Joueurs Info Service (09 74 75 13 13, appel non surtaxé).",
  },
  'self-exclusion': {
    title: "Comment faire une pause ou m'auto-exclure ?",
    body:
      "Dans Mon compte > Jeu responsable, vous pouvez faire une pause de 24 heures, 7 jours ou 6 semaines, ou vous auto-exclure pour 6 mois, 1 an, 5 ans ou définitivement. " +
      "Pendant une auto-exclusion, vous ne pouvez ni vous connecter ni déposer, et nous cessons toute communication commerciale. Une auto-exclusion ne peut pas être levée avant son terme. Vous pouvez toujours retirer le solde restant. " +
      "Une aide gratuite et confidentielle est disponible 7 jours sur 7 auprès de Joueurs Info Service (09 74 75 13 13) et des Gamblers Anonymous.",
  },
  'game-malfunction': {
    title: "Un jeu s'est figé, a planté ou n'a pas payé",
    body:
      "Si un jeu se fige, plante ou se déconnecte en plein tour, votre partie n'est pas perdue : elle est enregistrée sur le serveur du fournisseur du jeu. Rouvrez le même jeu : le tour se termine ou son résultat s'affiche, et votre solde est mis à jour. " +
      "Vous pouvez consulter chaque tour dans Mon compte > Historique de jeu. " +
      'Si un jeu ne se charge pas, videz le cache de votre navigateur, essayez un autre navigateur ou désactivez votre VPN. ' +
      "S'il manque un gain sur votre solde, envoyez au support le nom du jeu, l'heure et une capture d'écran : nous vérifierons le tour avec le fournisseur.",
  },
  'complaints-procedure': {
    title: 'Comment déposer une réclamation ?',
    body:
      "Nous sommes désolés que quelque chose se soit mal passé. Pour une réclamation officielle, écrivez à complaints@luckystar.example ou utilisez le formulaire dans Aide > Réclamations, avec votre nom d'utilisateur, ce qui s'est passé et quand, et vos captures d'écran. " +
      'Nous accusons réception de chaque réclamation sous 48 heures et envoyons notre réponse définitive sous 14 jours. ' +
      "Si notre réponse ne vous satisfait pas, vous pouvez porter plainte gratuitement auprès du service indépendant de règlement des litiges indiqué dans nos conditions générales.",
  },
};
