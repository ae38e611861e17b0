import { describe, expect, it } from 'vitest';
import { maskCardNumbers, passesLuhn } from '../../../server/core/card-numbers';

describe('maskCardNumbers', () => {
  it('masks a Luhn-valid number written together, in spaced groups or with dashes, to the last four', () => {
    expect(maskCardNumbers('my card 4242424242424242 was charged twice')).toBe('my card **** 4242 was charged twice');
    expect(maskCardNumbers('card: 4111 1111 1111 1111.')).toBe('card: **** 1111.');
    expect(maskCardNumbers('5555-5555-5555-4444')).toBe('**** 4444');
    expect(maskCardNumbers('4242\u00a04242\u00a04242\u00a04242')).toBe('**** 4242');
  });

  it('masks every length from 13 to 19 digits', () => {
    expect(maskCardNumbers('4222222222222')).toBe('**** 2222'); // 13, old Visa
    expect(maskCardNumbers('amex 3782 822463 10005')).toBe('amex **** 0005'); // 15
    expect(maskCardNumbers('6011000990139424')).toBe('**** 9424'); // 16
    expect(maskCardNumbers('6212 3456 7890 1234 569')).toBe('**** 4569'); // 19, UnionPay
    expect(passesLuhn('6212345678901234569')).toBe(true);
  });

  it('masks two cards in one message and keeps the text around them', () => {
    expect(maskCardNumbers('from 4242 4242 4242 4242 to 5555-5555-5555-4444, please')).toBe('from **** 4242 to **** 4444, please');
  });

  it('masks the card when an expiry or CVC follows it in the same run of groups', () => {
    const masked = maskCardNumbers('4242 4242 4242 4242 12 25 123');
    expect(masked).not.toContain('4242 4242');
    expect(masked.replace(/\D/g, '')).not.toContain('42424242');
    expect(masked.startsWith('**** ')).toBe(true);
  });

  it.each([
    'order 4242424242424241 is late', // 16 digits, fails Luhn
    'ticket 1234567890123', // 13 digits, fails Luhn
    'call me on +44 20 7946 0958 or 020 7946 0958', // phone numbers, too short
    'call +4242424242424242', // a Luhn match behind + is an international phone number
    'transaction 42424242424242424242', // 20 digits in one group: longer than any card
    'I won 1 000 000 credits on 12-05-2025',
    'no digits at all',
    '',
  ])('leaves %j alone', (text) => {
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('never cuts a card out of the middle of a longer group, but masks a whole card group beside another group', () => {
    // 4242424242424242 (Luhn-valid) inside 19 digits that fail Luhn: not a card.
    expect(passesLuhn('4242424242424242123')).toBe(false);
    expect(maskCardNumbers('4242424242424242123')).toBe('4242424242424242123');
    expect(maskCardNumbers('4242424242424242-12')).not.toContain('4242424242424242');
  });
});

describe('passesLuhn', () => {
  it('accepts valid numbers and refuses a changed digit', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4242424242424243')).toBe(false);
  });
});
