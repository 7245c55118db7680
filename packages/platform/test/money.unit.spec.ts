// Money as exact cents: amounts of at most two decimals in, BigInt cents out and back, never a float.
import { centsText, moneyText, toCents } from '../src';

it('reads amounts of at most two decimals as cents and writes cents back with two decimals', () => {
  expect(toCents('1234.5')).toBe(123_450n);
  expect(toCents('1234.50')).toBe(123_450n);
  expect(toCents('0.07')).toBe(7n);
  expect(toCents('12')).toBe(1_200n);
  expect(centsText(123_450n)).toBe('1234.50');
  expect(centsText(7n)).toBe('0.07');
  expect(centsText(0n)).toBe('0.00');
  // 10^17 - 1 cents: the largest amount the numeric(21,2) columns hold, exact.
  expect(centsText(toCents('999999999999999.99'))).toBe('999999999999999.99');
  expect(moneyText('120.500000')).toBe('120.50');
});

it('refuses what is not an amount rather than rounding it', () => {
  for (const text of ['1.234', '-5', '1e3', '', '12.']) expect(() => toCents(text)).toThrow();
});
