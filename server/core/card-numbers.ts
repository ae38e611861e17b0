/**
 * Payment card numbers typed into a chat ("my card 4242 4242 4242 4242 was
 * charged twice") are masked to their last four digits before anything is
 * stored or shown: `**** 4242`. Plain ASCII, so it reads the same in the
 * widget, the desk, a transcript mail and a log.
 *
 * A card number here is 13 to 19 digits, written together or in groups
 * separated by one space or dash, that passes the Luhn check. Groups are
 * tried as whole groups only, so a digit string that is longer than a card
 * (an order id, an IBAN's digits) never has a card cut out of its middle;
 * within a longer run of groups ("4242 4242 4242 4242 12 25", the expiry
 * after the number) the longest Luhn-valid stretch of whole groups is masked.
 * An international phone number (`+` before it) is left alone; a national
 * one is too short or, rarely, a Luhn match that loses its digits: for a
 * support transcript that error is the safe one.
 */
const DIGIT_RUN = /\d+(?:[ \u00a0-]\d+)*/g;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

export const CARD_MASK_PREFIX = '**** ';

export function maskCardNumbers(text: string): string {
  // Fast path: most messages hold no run of 13 digits at all.
  if (!/\d/.test(text)) return text;
  return text.replace(DIGIT_RUN, (run: string, offset: number) => {
    if (text[offset - 1] === '+') return run;
    return maskRun(run);
  });
}

/** Mask every card-number stretch of whole groups in one run of digit groups. */
function maskRun(run: string): string {
  const groups = splitGroups(run);
  const total = groups.reduce((sum, g) => sum + g.digits.length, 0);
  if (total < MIN_DIGITS) return run;
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < groups.length) {
    const end = longestCardFrom(groups, i);
    if (end === -1) {
      i += 1;
      continue;
    }
    const digits = groups
      .slice(i, end + 1)
      .map((g) => g.digits)
      .join('');
    out += run.slice(copiedTo, groups[i]!.start) + CARD_MASK_PREFIX + digits.slice(-4);
    copiedTo = groups[end]!.start + groups[end]!.digits.length;
    i = end + 1;
  }
  return out + run.slice(copiedTo);
}

interface Group {
  digits: string;
  start: number;
}

function splitGroups(run: string): Group[] {
  const groups: Group[] = [];
  const pattern = /\d+/g;
  for (let m = pattern.exec(run); m; m = pattern.exec(run)) groups.push({ digits: m[0], start: m.index });
  return groups;
}

/** The last index of the longest stretch of groups from `first` that is a card number, or -1. */
function longestCardFrom(groups: Group[], first: number): number {
  let digits = '';
  let found = -1;
  for (let j = first; j < groups.length; j++) {
    digits += groups[j]!.digits;
    if (digits.length > MAX_DIGITS) break;
    if (digits.length >= MIN_DIGITS && passesLuhn(digits)) found = j;
  }
  return found;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
