import type { DemoTexts } from './articles';

export const de: DemoTexts = {
  'password-reset': {
    title: 'Wie setze ich mein Passwort zurück?',
    body:
      'Klicken Sie auf der Anmeldeseite auf „Passwort vergessen?“ und geben Sie die E-Mail-Adresse Ihrer Registrierung ein. Wir schicken Ihnen innerhalb weniger Minuten einen Link zum Zurücksetzen; er ist 30 Minuten gültig und funktioniert nur einmal. ' +
      'Kommt keine E-Mail an, sehen Sie im Spam- oder Junk-Ordner nach und prüfen Sie, ob Sie dieselbe Adresse wie bei der Registrierung eingegeben haben. ' +
      'Wählen Sie ein neues Passwort mit mindestens 8 Zeichen, das Sie nirgendwo sonst verwenden. ' +
      'Wenn Sie keinen Zugriff mehr auf diese E-Mail-Adresse haben, wenden Sie sich an den Support: Wir prüfen Ihre Identität, bevor wir sie ändern.',
  },
  'account-locked': {
    title: 'Warum ist mein Konto gesperrt?',
    body:
      'Zu Ihrer Sicherheit wird Ihr Konto nach fünf falschen Passworteingaben für 30 Minuten gesperrt. Warten Sie und melden Sie sich dann erneut an, oder setzen Sie Ihr Passwort zurück, um das Konto sofort zu entsperren. ' +
      'Ein Konto kann auch vorübergehend gesperrt sein, während wir Ihre Verifizierungsdokumente prüfen, nach einer Rückbuchung (Chargeback) oder wegen eines Selbstausschlusses. Die Meldung beim Login zeigt, welcher Fall vorliegt. ' +
      'Können Sie sich nach 30 Minuten immer noch nicht einloggen, schreiben Sie dem Support mit Ihrem Benutzernamen. Wir fragen Sie niemals nach Ihrem Passwort.',
  },
  'deposit-methods': {
    title: 'Welche Einzahlungsmethoden kann ich nutzen?',
    body:
      'Sie können per Visa- oder Mastercard-Kreditkarte, Apple Pay und Google Pay, mit den E-Wallets Skrill und Neteller, mit Paysafecard-Gutscheinen, per Banküberweisung und mit Krypto (Bitcoin, Ethereum, USDT) einzahlen. ' +
      'Unter Kasse > Einzahlung sehen Sie die Zahlungsmethoden, die in Ihrem Land verfügbar sind. ' +
      'Die Mindesteinzahlung beträgt 10 EUR oder den Gegenwert in Ihrer Währung, Gebühren fallen keine an. Karten und E-Wallets werden sofort gutgeschrieben; eine Überweisung dauert 1 bis 3 Werktage. ' +
      'Auszahlungen gehen an eine Zahlungsmethode, mit der Sie eingezahlt haben.',
  },
  'deposit-missing': {
    title: 'Meine Einzahlung ist nicht auf meinem Guthaben angekommen',
    body:
      'Einzahlungen per Karte, E-Wallet, Apple Pay oder Google Pay erscheinen normalerweise innerhalb weniger Minuten auf Ihrem Guthaben. Eine Banküberweisung kann bis zu 3 Werktage dauern, und Krypto-Einzahlungen warten auf die Netzwerkbestätigungen (meist 10 bis 60 Minuten). ' +
      'Wurde das Geld von Ihrem Bankkonto abgebucht, ist aber danach immer noch nicht auf Ihrem Casino-Guthaben, zahlen Sie bitte nicht noch einmal. Sehen Sie unter Kasse > Transaktionsverlauf nach: Eine fehlgeschlagene oder abgebrochene Einzahlung erstattet Ihre Bank innerhalb von 3 bis 5 Tagen. ' +
      'Zeigt Ihre Bank die Zahlung als erfolgreich an, wir aber nicht, schicken Sie dem Support Datum, Betrag, Zahlungsmethode und einen Screenshot des Kontoauszugs oder die Transaktions-ID. Wir schreiben den Betrag gut oder verfolgen ihn mit dem Zahlungsanbieter.',
  },
  'withdrawal-times': {
    title: 'Wie lange dauert eine Auszahlung?',
    body:
      'Wir prüfen jeden Auszahlungsantrag innerhalb von 24 Stunden, meist deutlich schneller. Nach der Freigabe erhalten Sie das Geld: E-Wallets (Skrill, Neteller) innerhalb von 24 Stunden, Krypto innerhalb von 1 Stunde, Karten in 1 bis 3 Werktagen, Banküberweisung in 3 bis 5 Werktagen. ' +
      'Ihre erste Auszahlung dauert länger, weil Ihr Konto zuerst verifiziert werden muss. ' +
      'Die Mindestauszahlung beträgt 20 EUR, die Höchstauszahlung 5.000 EUR pro Tag. Für Auszahlungen berechnen wir keine Gebühren.',
  },
  'withdrawal-pending': {
    title: 'Warum ist meine Auszahlung noch ausstehend?',
    body:
      'Eine Auszahlung bleibt „Ausstehend“, solange unser Zahlungsteam sie prüft; das dauert bis zu 24 Stunden. ' +
      'Länger kann es dauern, wenn Ihre Ausweisdokumente noch nicht verifiziert sind, wenn ein aktiver Bonus noch Umsatzbedingungen offen hat, wenn die Auszahlung an eine andere Methode geht als die Einzahlung oder wenn sie am Wochenende beantragt wurde. ' +
      'Solange die Auszahlung ausstehend ist, können Sie sie unter Kasse > Auszahlungen stornieren, und das Geld kommt zurück auf Ihr Guthaben. Wechselt der Status auf „Genehmigt“, gilt die übliche Bearbeitungszeit Ihrer Zahlungsmethode. ' +
      'Ist Ihre Auszahlung seit mehr als 48 Stunden ausstehend, wenden Sie sich an den Support.',
  },
  'bonus-terms': {
    title: 'Bonusbedingungen: Wie funktionieren Boni?',
    body:
      'Unser Willkommensbonus verdoppelt Ihre erste Einzahlung (100 %) bis 200 EUR. Sie erhalten einen Bonus, indem Sie ihn vor der Einzahlung in der Kasse auswählen oder seinen Bonuscode eingeben. ' +
      'Jeder Bonus setzt eine Mindesteinzahlung von 20 EUR voraus, verfällt nach 30 Tagen, begrenzt Ihren Einsatz auf 5 EUR pro Dreh oder Hand, solange er aktiv ist, und zählt nur bei den Spielen, die in seinen Bedingungen stehen. Es kann immer nur ein Bonus aktiv sein. ' +
      'Sie können einen Bonus unter Mein Konto > Boni stornieren; das Bonusgeld und die damit erzielten Gewinne werden dann entfernt. ' +
      'Wurde ein Bonus nach Ihrer Einzahlung nicht gutgeschrieben, melden Sie sich innerhalb von 7 Tagen beim Support.',
  },
  'wagering-requirements': {
    title: 'Was sind Umsatzbedingungen?',
    body:
      'Die Umsatzbedingungen (Wager) geben an, wie oft Sie den Bonusbetrag umsetzen müssen, bevor Sie seine Gewinne auszahlen können. ' +
      'Unser Willkommensbonus hat eine Umsatzbedingung von 35x: Ein Bonus von 100 EUR bedeutet Einsätze von 3.500 EUR. Slots zählen zu 100 %, Tischspiele zu 10 % und das Live-Casino zu 0 %. ' +
      'Ihren Fortschritt sehen Sie unter Mein Konto > Boni. Solange der Umsatz nicht erfüllt ist, kann das Bonusguthaben nicht ausgezahlt werden, und ein Auszahlungsantrag storniert den Bonus.',
  },
  'free-spins': {
    title: 'Wie funktionieren Freispiele?',
    body:
      'Freispiele (Free Spins) werden für einen bestimmten Slot gutgeschrieben, der im Angebot genannt ist. Öffnen Sie dieses Spiel, dann starten sie automatisch; Sie haben 7 Tage Zeit, sie zu nutzen. Jedes Freispiel hat einen festen Wert, zum Beispiel 0,10 EUR. ' +
      'Gewinne aus Freispielen gehen auf Ihr Bonusguthaben, mit einer Umsatzbedingung von 35x und einem Höchstgewinn von 100 EUR. ' +
      'Werden Ihre Freispiele nicht angezeigt, laden Sie das Spiel neu oder sehen Sie unter Mein Konto > Boni nach: Sie sind vielleicht abgelaufen, oder das Angebot setzt zuerst eine Einzahlung voraus.',
  },
  'kyc-documents': {
    title: 'Welche Dokumente brauche ich für die Verifizierung (KYC)?',
    body:
      'Um Ihre Identität zu verifizieren, brauchen wir: einen gültigen Lichtbildausweis (Reisepass, Personalausweis oder Führerschein, Vorder- und Rückseite, alle vier Ecken sichtbar); einen Adressnachweis aus den letzten 3 Monaten (Strom-, Gas- oder Internetrechnung, Kontoauszug oder Steuerbescheid mit Ihrem Namen und Ihrer Adresse); und einen Nachweis Ihrer Zahlungsmethode (Foto der Karte mit abgedeckten mittleren Ziffern oder Screenshot Ihres E-Wallet-Kontos). ' +
      'Laden Sie die Dokumente unter Mein Konto > Verifizierung als scharfe Farbfotos oder PDF hoch (JPG, PNG oder PDF, bis 10 MB). ' +
      'Eventuell bitten wir zusätzlich um ein Selfie mit Ihrem Ausweis oder um Nachweise zur Herkunft der Mittel.',
  },
  'kyc-status': {
    title: 'Wie lange dauert die Verifizierung und was bedeutet mein KYC-Status?',
    body:
      'Ihren Verifizierungsstatus sehen Sie unter Mein Konto > Verifizierung. Wir prüfen Dokumente meist innerhalb von 24 Stunden, in Stoßzeiten innerhalb von 72 Stunden. ' +
      '„Ausstehend“ heißt, dass wir sie noch prüfen. „Genehmigt“ heißt, dass Ihr Konto verifiziert ist und Ihre Auszahlungen bearbeitet werden können. „Abgelehnt“ heißt, dass ein Dokument nicht akzeptiert werden konnte; der Grund steht daneben (unscharfes Foto, abgelaufener Ausweis, abgeschnittene Ränder oder eine Adresse, die nicht zum Konto passt). Laden Sie ein neues Dokument hoch, um es erneut zu versuchen. ' +
      'Wir schicken Ihnen eine E-Mail, sobald Ihr Konto verifiziert ist.',
  },
  'deposit-limits': {
    title: 'Wie lege ich ein Einzahlungslimit fest?',
    body:
      'Sie können unter Mein Konto > Verantwortungsvolles Spielen ein tägliches, wöchentliches oder monatliches Einzahlungslimit festlegen. Ein niedrigeres Limit gilt sofort; ein höheres Limit oder das Aufheben wird erst nach einer Bedenkzeit von 24 Stunden wirksam. ' +
      'Dort können Sie auch Verlust- und Einsatzlimits sowie Erinnerungen an Ihre Spielzeit einstellen. ' +
      'Wenn Sie das Gefühl haben, dass Ihnen das Spielen entgleitet, sprechen Sie mit unserem Team: Wir helfen Ihnen. Kostenlose Beratung bietet auch die BZgA unter 0800 1 37 27 00.',
  },
  'self-exclusion': {
    title: 'Wie mache ich eine Pause oder sperre mich selbst?',
    body:
      'Unter Mein Konto > Verantwortungsvolles Spielen können Sie eine Pause von 24 Stunden, 7 Tagen oder 6 Wochen einlegen oder sich für 6 Monate, 1 Jahr, 5 Jahre oder dauerhaft selbst sperren (Selbstausschluss). ' +
      'Während einer Selbstsperre können Sie sich nicht einloggen und nicht einzahlen, und wir schicken Ihnen keine Werbung mehr. Eine Selbstsperre kann nicht vor ihrem Ende aufgehoben werden. Ihr restliches Guthaben können Sie weiterhin auszahlen. ' +
      'Kostenlose und vertrauliche Hilfe gibt es rund um die Uhr bei der BZgA (0800 1 37 27 00) und den Anonymen Spielern.',
  },
  'game-malfunction': {
    title: 'Ein Spiel ist eingefroren, abgestürzt oder hat nicht ausgezahlt',
    body:
      'Friert ein Spiel ein, stürzt es ab oder bricht die Verbindung mitten in einer Runde ab, ist Ihre Runde nicht verloren: Sie ist auf dem Server des Spieleanbieters gespeichert. Öffnen Sie dasselbe Spiel erneut, dann wird die Runde beendet oder ihr Ergebnis angezeigt, und Ihr Guthaben wird aktualisiert. ' +
      'Jede Runde können Sie unter Mein Konto > Spielverlauf nachsehen. ' +
      'Lädt ein Spiel nicht, leeren Sie den Browser-Cache, versuchen Sie einen anderen Browser oder schalten Sie Ihr VPN aus. ' +
      'Fehlt ein Gewinn auf Ihrem Guthaben, schicken Sie dem Support den Namen des Spiels, die Uhrzeit und einen Screenshot; wir prüfen die Runde mit dem Anbieter.',
  },
  'complaints-procedure': {
    title: 'Wie reiche ich eine Beschwerde ein?',
    body:
      'Es tut uns leid, dass etwas schiefgelaufen ist. Für eine offizielle Beschwerde schreiben Sie an complaints@luckystar.example oder nutzen Sie das Formular unter Hilfe > Beschwerden, mit Ihrem Benutzernamen, was wann passiert ist und gegebenenfalls Screenshots. ' +
      'Wir bestätigen jede Beschwerde innerhalb von 48 Stunden und senden unsere abschließende Antwort innerhalb von 14 Tagen. ' +
      'Sind Sie mit unserer abschließenden Antwort nicht zufrieden, können Sie sich kostenlos an die unabhängige Schlichtungsstelle wenden, die in unseren AGB genannt ist.',
  },
};
