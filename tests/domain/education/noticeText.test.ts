import { describe, expect, test } from 'vitest';
import { noticeText } from '../../../api/domain/education/noticeText';

describe('notice text (限期入学通知书, 责令通知书)', () => {
  const facts = { caseId: 12, childName: '马小明', countyCode: '630222', township: '川口镇', school: '民和县川口镇第一小学', date: '2024-09-10' } as const;
  test('names the county by its official name and the township; no code in brackets', () => {
    const n = noticeText({ ...facts, kind: 'deadline_notice' });
    expect(n.issuers).toEqual(['民和回族土族自治县教育局', '川口镇人民政府']);
    const all = [n.title, ...n.paragraphs, ...n.issuers, ...n.receipt.paragraphs].join('');
    expect(all).not.toMatch(/（\d{6}）/);
    expect(all).toContain('民和县川口镇第一小学');
  });
  test('deadline: 5 days for the 限期入学通知书 (Art. 12(八)), 7 for the order (Art. 16), in the text and the receipt', () => {
    const d = noticeText({ ...facts, kind: 'deadline_notice' });
    expect(d.deadline).toBe('2024-09-15');
    expect(d.paragraphs.join('')).toContain('即2024年9月15日前');
    expect(d.receipt.paragraphs.join('')).toContain('2024年9月15日前送马小明到民和县川口镇第一小学');
    const o = noticeText({ ...facts, kind: 'order_to_correct', date: '2024-12-28' });
    expect(o.deadline).toBe('2025-01-04');
  });
  test('without a child record only the county issues it', () => {
    expect(noticeText({ ...facts, township: null, kind: 'order_to_correct' }).issuers).toEqual(['民和回族土族自治县教育局']);
  });
});
