import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { idCheckCharacter, makeIdNumber, maskIdNumber, maskName, validateIdNumber } from '../../../api/domain/education/idNumber';

// Check characters, GB 11643-1999: sum(digit_i × weight_i) mod 11 → '10X98765432'[r].
// 63020220150315001: 6×7+3×9+0×10+2×5+0×8+2×4+2×2+0×1+1×6+5×3+0×7+3×9+1×10+5×5+0×8+0×4+1×2 = 176; 176 mod 11 = 0 → '1'
// 11010519491231002: 1×7+1×9+0×10+1×5+0×8+5×4+1×2+9×1+4×6+9×3+1×7+2×9+3×10+1×5+0×8+0×4+2×2 = 167; 167 mod 11 = 2 → 'X'
// 63022320120831003: 6×7+3×9+0×10+2×5+2×8+3×4+2×2+0×1+1×6+2×3+0×7+8×9+3×10+1×5+0×8+0×4+3×2 = 236; 236 mod 11 = 5 → '7'
// 63022320120901005: … +9×9+0×10+1×5+0×8+0×4+5×2 = 219; 219 mod 11 = 10 → '2'
// 63020220160229017: 6×7+3×9+0×10+2×5+0×8+2×4+2×2+0×1+1×6+6×3+0×7+2×9+2×10+9×5+0×8+1×4+7×2 = 216; 216 mod 11 = 7 → '5'

describe('validateIdNumber', () => {
  it('accepts a valid number and decodes birth date, sex and region', () => {
    expect(validateIdNumber('630202201503150011')).toEqual({
      ok: true,
      birthDate: '2015-03-15',
      sexCode: 1, // order code 001 is odd → male (1)
      regionCode: '630202',
    });
  });

  it('accepts X as check character, also lower-case', () => {
    const upper = validateIdNumber('11010519491231002X');
    expect(upper).toMatchObject({ ok: true, birthDate: '1949-12-31', sexCode: 2 }); // order 002 even → female (2)
    expect(validateIdNumber('11010519491231002x').ok).toBe(true);
  });

  it('computes the hand-checked check characters', () => {
    expect(idCheckCharacter('63022320120831003')).toBe('7');
    expect(idCheckCharacter('63022320120901005')).toBe('2');
    expect(idCheckCharacter('63020220160229017')).toBe('5');
  });

  it.each([
    ['63020220150315001', 'length'],
    ['6302022015031500111', 'length'],
    ['63020220150315001A', 'chars'],
    ['6302022015031500X1', 'chars'],
    ['630202201503150012', 'check_digit'], // correct is '1'
    ['630223201208310038', 'check_digit'], // correct is '7'
  ] as const)('%s → %s', (id, reason) => {
    const result = validateIdNumber(id);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.text.zh).toMatch(/身份证/);
      expect(result.text.en.length).toBeGreaterThan(0);
    }
  });

  it('rejects a birth date that does not exist, with a correct check digit', () => {
    // 63020220150230001: 6×7+3×9+0×10+2×5+0×8+2×4+2×2+0×1+1×6+5×3+0×7+2×9+3×10+0×5+0×8+0×4+1×2 = 162; 162 mod 11 = 8 → '4'
    expect(validateIdNumber('630202201502300014')).toMatchObject({ ok: false, reason: 'birth_date_invalid' });
  });

  it('accepts 29 February in a leap year (2016) and compares with the recorded birth date', () => {
    expect(validateIdNumber('630202201602290175', { birthDate: '2016-02-29' }).ok).toBe(true);
    expect(validateIdNumber('630202201602290175', { birthDate: '2016-03-01' })).toMatchObject({ ok: false, reason: 'birth_date_mismatch' });
  });
});

describe('makeIdNumber', () => {
  it('builds the hand-computed number', () => {
    // seq 0, male → order 0×2+1 = 001; check '1' (see top).
    expect(makeIdNumber('630202', '2015-03-15', 0, 1)).toBe('630202201503150011');
    // seq 1, female → order 1×2+0 = 002; region 110105, 1949-12-31 → check 'X'.
    expect(makeIdNumber('110105', '1949-12-31', 1, 2)).toBe('11010519491231002X');
  });

  it('rejects bad arguments', () => {
    expect(() => makeIdNumber('6302', '2015-03-15', 0, 1)).toThrow(RangeError);
    expect(() => makeIdNumber('630202', '2015-02-30', 0, 1)).toThrow(RangeError);
    expect(() => makeIdNumber('630202', '2015-03-15', 500, 1)).toThrow(RangeError);
  });

  test.prop([
    fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 499 }),
    fc.constantFrom(1 as const, 2 as const),
  ])('always yields a valid number that decodes back', (region, date, seq, sex) => {
    const birthDate = date.toISOString().slice(0, 10);
    const id = makeIdNumber(region, birthDate, seq, sex);
    expect(validateIdNumber(id, { birthDate })).toEqual({ ok: true, birthDate, sexCode: sex, regionCode: region });
  });
});

describe('masking', () => {
  it('masks all but the last 4 characters', () => {
    expect(maskIdNumber('630202201503150011')).toBe('**************0011'); // 18 − 4 = 14 stars
    expect(maskIdNumber('123')).toBe('***');
  });

  it('masks names after the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张')).toBe('张*');
    expect(maskName('')).toBe('');
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789Xx-ab') , maxLength: 40 })])(
    'maskIdNumber never shows more than 4 digits and keeps the length',
    (id) => {
      const masked = maskIdNumber(id);
      expect((masked.match(/\d/g) ?? []).length).toBeLessThanOrEqual(4);
      expect(Array.from(masked).length).toBe(Array.from(id).length);
    },
  );
});
