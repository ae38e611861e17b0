import type { Lexicon } from './concepts';

/** German glues nouns together (Einzahlungslimit, Passworteingabe): *x* entries match inside compounds. */
export const de: Lexicon = {
  concepts: {
    password: ['*passwort*', '*kennwort*', 'pw', 'pwd'],
    reset: ['zurucksetz*', 'zuruckgesetzt', 'vergess*', 'vergesse', 'wiederherstell*', 'neues passwort', 'reset*', 'andern'],
    login: ['anmeld*', 'angemeldet', 'einlogg*', 'eingeloggt', 'login*', 'log mich', 'zugang', 'reinkomm*', 'nicht rein'],
    locked: ['gesperrt', 'sperre', 'sperrung', 'kontosperre', 'blockiert', 'blockier*', 'entsperr*', 'deaktiviert', 'gebannt', 'falsch eingegeben', 'falschen passworteingaben', 'falsche passworteingabe*', 'fehlversuch*', 'zu viele versuche'],
    deposit: ['*einzahl*', 'eingezahlt', 'aufladen', 'aufgeladen', 'deposit*'],
    method: [
      '*zahlungsmethode*', 'zahlungsart*', 'zahlungsmittel', 'methode*', 'karte*', 'kreditkarte*', '*uberweisung*', 'sofortuberweisung', 'giropay',
      'klarna', 'e wallet*',
    ],
    missing: [
      'angekommen', 'ankomm*', 'nicht da', 'gutgeschrieben', 'gutschrift', 'fehlt', 'fehlen*', 'verschwunden', 'erhalten', 'bekommen',
      'nicht drauf', 'angezeigt', 'sichtbar', 'nicht auf dem konto',
    ],
    withdrawal: ['*auszahl*', 'ausgezahlt', 'abheb*', 'abgehoben', 'geld abheben', 'rausholen', 'auszuzahlen'],
    pending: ['ausstehend*', 'in bearbeitung', 'bearbeit*', 'wart*', 'verzoger*', 'offen', 'noch nicht', 'in prufung'],
    duration: ['wie lange', 'dauer*', 'wann kommt', 'wie schnell', 'tage', 'tagen', 'stunden', '*bearbeitungszeit*'],
    bonus: ['*bonus*', 'boni', 'promo*', 'aktion*', 'angebot*', 'willkommensangebot'],
    wagering: ['wie oft', '*umsatz*', 'umgesetzt', 'umsetzen', 'wager*', 'rollover', 'durchspiel*', '35x', 'x35', '35 mal'],
    freespins: ['*freispiel*', 'free spin*', 'freespin*', 'gratis spins', 'gratisdrehungen', 'freidreh*'],
    kyc: ['kyc', 'verifizier*', 'verifikation', 'identifizierung', 'legitimation', 'identitatsprufung', 'ausweisprufung'],
    document: [
      'dokument*', 'unterlagen', '*ausweis*', 'reisepass*', 'fuhrerschein*', '*nachweis*', 'rechnung*', 'kontoauszug*', 'selfie*', 'foto*', 'hochlad*',
      'hochgeladen', 'hochzuladen',
    ],
    status: ['status', 'genehmigt', 'abgelehnt', 'akzeptiert', '*ablehnung*', 'bestatigt', 'freigegeben', 'freigabe'],
    limit: ['*limit*', 'grenze*', 'obergrenze*'],
    exclusion: ['*selbstsperr*', '*selbstausschluss*', 'ausschluss', 'auszeit', 'spielpause', 'pause', 'sperren lassen'],
    game: ['spiel', 'spiele', 'spiels', 'slot*', 'spielautomat*', 'automat*', 'runde*', 'dreh*', 'roulette', 'blackjack', 'live casino', 'tischspiel*'],
    fault: [
      'abgesturzt', 'absturz*', 'absturzt', 'sturzt', 'eingefroren', 'friert', 'einfrier*', 'hangt', 'hangen geblieben', 'fehler*', 'bug*',
      'ladt nicht', 'lad nicht', 'verbindung*', 'abbruch', 'abgebrochen', 'schwarzer bildschirm', 'crash*', 'geht nicht', 'nicht ausgezahlt',
    ],
    complaint: ['beschwer*', '*beschwerde*', 'reklamation*', '*schlichtung*', 'betrug*', 'abzocke', 'unzufrieden'],
    vip: ['vip', 'treue*', '*treueprogramm*', 'kontomanager', 'personlicher betreuer'],
    amount: ['*mindest*', '*hochst*', 'minimum', 'maximum', 'min', 'max'],
    cancel: ['stornier*', 'storno*', 'abbrech*', 'zuruckzieh*'],
    balance: ['*guthaben*', 'kontostand', 'geld', 'saldo'],
    email: ['e mail*', 'email*', 'mail*', 'link*', 'spam*', 'posteingang', 'junk'],
  },
  greetings: [
    'hallo', 'hi', 'hey', 'guten tag', 'guten morgen', 'guten abend', 'servus', 'moin', 'moin moin', 'gruss gott', 'gruezi', 'danke', 'vielen dank',
    'ok', 'ist da jemand', 'jemand da', 'hallo zusammen',
  ],
  human: [
    '*mitarbeiter*', 'mensch*', 'echte person', 'echten person', 'echter mensch', 'berater*', 'kundenservice', 'kundendienst', 'agent*',
    'mit jemandem sprechen', 'mit jemandem reden', 'jemanden sprechen', 'person sprechen',
  ],
  stopWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'ich', 'du', 'er', 'sie',
    'es', 'wir', 'ihr', 'mich', 'mir', 'dich', 'dir', 'uns', 'euch', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'ihre', 'ihren', 'ist',
    'sind', 'bin', 'bist', 'war', 'wurde', 'wurden', 'wird', 'werden', 'hat', 'habe', 'haben', 'hatte', 'kann', 'konnen', 'muss', 'soll', 'will',
    'mochte', 'zu', 'zur', 'zum', 'mit', 'von', 'vom', 'auf', 'fur', 'in', 'im', 'an', 'am', 'bei', 'nach', 'seit', 'aus', 'um', 'uber', 'wie', 'was',
    'wo', 'wann', 'warum', 'welche', 'welcher', 'welches', 'nicht', 'kein', 'keine', 'noch', 'schon', 'jetzt', 'bitte', 'mal', 'denn', 'doch', 'ja',
    'nein', 'auch', 'nur', 'so', 'da', 'hier', 'finde', 'gibt', 'braucht', 'brauche', 'mitten', 'meinem',
  ],
};
