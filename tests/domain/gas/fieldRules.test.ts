import { describe, expect, it } from 'vitest';
import { distanceM, inChina, judgeOnSite, onSiteRuleOn, onSiteRules, type OnSiteRule } from '../../../api/domain/gas/onSiteRules';
import { checkPhoto, checkPhotoCount, displayedSize, photoLimits, sniffImageType } from '../../../api/domain/gas/photos';
import { checkIdempotencyKey, keepsAnswer, sameRequest } from '../../../api/domain/shared/idempotency';
import { DomainError } from '../../../api/domain/shared/domainError';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.kind}:${e.code}` : String(e);
  }
};

describe('on-site rule', () => {
  // 乐都区 venue at 102.4°E 36.48°N.
  const venue = { lon: 102.4, lat: 36.48 };
  const rule = onSiteRuleOn('2026-11-20');

  it('haversine: 0.001° of latitude is 111.2 m anywhere (2π·6371008.8 m / 360 / 1000)', () => {
    expect(distanceM(venue, { lon: 102.4, lat: 36.481 })).toBeCloseTo(111.19, 1);
  });

  it('within 200 m and a fix of 200 m or better → on site; farther or blurred → not; none → null', () => {
    expect(judgeOnSite(venue, { lon: 102.4, lat: 36.4815, accuracy: 30 }, rule)).toEqual({ onSite: true, distanceM: 166.8, rule: rule.id });
    expect(judgeOnSite(venue, { lon: 102.4, lat: 36.482, accuracy: 30 }, rule).onSite).toBe(false); // 222.4 m
    expect(judgeOnSite(venue, { lon: 102.4, lat: 36.48, accuracy: 201 }, rule).onSite).toBe(false);
    expect(judgeOnSite(venue, { lon: 102.4, lat: 36.48, accuracy: 200 }, rule).onSite).toBe(true);
    expect(judgeOnSite(venue, undefined, rule)).toEqual({ onSite: null, distanceM: null, rule: rule.id });
  });

  it('the rule is chosen by date (versioned data)', () => {
    const rules: OnSiteRule[] = [
      { ...onSiteRules[0]!, id: 'a', effectiveFrom: '2023-01-01', effectiveTo: '2026-12-31' },
      { ...onSiteRules[0]!, id: 'b', effectiveFrom: '2027-01-01', effectiveTo: null, maxDistanceM: 100 },
    ];
    expect(onSiteRuleOn('2026-12-31', rules).id).toBe('a');
    expect(onSiteRuleOn('2027-01-01', rules).id).toBe('b');
    expect(judgeOnSite(venue, { lon: 102.4, lat: 36.4815, accuracy: 30 }, onSiteRuleOn('2027-06-01', rules)).onSite).toBe(false);
  });

  it('China extent', () => {
    expect(inChina(venue)).toBe(true);
    expect(inChina({ lon: 0, lat: 0 })).toBe(false);
    expect(inChina({ lon: 139.7, lat: 35.7 })).toBe(false); // Tokyo
  });
});

describe('photo checks', () => {
  it('sniffs JPEG, PNG, WebP from magic bytes only', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });

  it('limits: empty 400, over 8 MB 413, unknown 415, 13th 409', () => {
    expect(codeOf(() => checkPhoto(new Uint8Array(0)))).toBe('invalid:empty_photo');
    const big = new Uint8Array(photoLimits.maxBytes + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(codeOf(() => checkPhoto(big))).toBe('too_large:photo_too_large');
    expect(codeOf(() => checkPhoto(big.subarray(0, photoLimits.maxBytes)))).toBe('ok');
    expect(codeOf(() => checkPhoto(new TextEncoder().encode('GIF89a')))).toBe('unsupported_media:unsupported_image');
    expect(codeOf(() => checkPhotoCount(11))).toBe('ok');
    expect(codeOf(() => checkPhotoCount(12))).toBe('conflict:photo_limit');
  });

  it('EXIF orientations 5–8 swap the displayed width and height', () => {
    expect(displayedSize(400, 200, 6)).toEqual({ width: 200, height: 400 });
    expect(displayedSize(400, 200, 3)).toEqual({ width: 400, height: 200 });
    expect(displayedSize(400, 200, undefined)).toEqual({ width: 400, height: 200 });
  });
});

describe('idempotency keys', () => {
  it('accepts 1–200 visible ASCII characters', () => {
    expect(checkIdempotencyKey('0b9f6c1e-6a53-4c38-9d8e-1f2a3b4c5d6e')).toBe('0b9f6c1e-6a53-4c38-9d8e-1f2a3b4c5d6e');
    expect(codeOf(() => checkIdempotencyKey('x'.repeat(200)))).toBe('ok');
    for (const bad of ['', ' ', 'a b', 'x'.repeat(201), 'ключ', 'a\tb']) expect(codeOf(() => checkIdempotencyKey(bad)), JSON.stringify(bad)).toBe('invalid:invalid_idempotency_key');
  });

  it('a retry is the same request only on the same route with the same body; only successes are kept', () => {
    const kept = { target: 'POST /api/gas/hazards', bodyHash: 'abc' };
    expect(sameRequest(kept, { ...kept })).toBe(true);
    expect(sameRequest(kept, { ...kept, bodyHash: 'abd' })).toBe(false);
    expect(sameRequest(kept, { ...kept, target: 'POST /api/gas/visits' })).toBe(false);
    expect([200, 201, 204, 299].every(keepsAnswer)).toBe(true);
    expect([304, 400, 409, 422, 500, 503].some(keepsAnswer)).toBe(false);
  });
});
