import { describe, expect, test } from 'vitest';
import { noticeText } from '../../../api/domain/education/noticeText';
import { noticePdf } from '../../../api/services/education/noticePdf';
import { pdfPageSizes, pdfPageTexts } from '../../helpers/pdfTools';

describe('notice PDF', { timeout: 60_000 }, () => {
  test.each(['deadline_notice', 'order_to_correct'] as const)('%s: one A4 page with names, school, deadline, seal areas and the 回执', async (kind) => {
    const pdf = await noticePdf(noticeText({ kind, caseId: 7, childName: '马小明', countyCode: '630222', township: '川口镇', school: '民和县川口镇第一小学', date: '2024-09-10' }));
    expect(pdfPageSizes(pdf)).toEqual([{ width: 595.28, height: 841.89 }]);
    const text = pdfPageTexts(pdf)[0]!.replace(/\s/g, '');
    expect(text).toContain('民和回族土族自治县教育局');
    expect(text).toContain('川口镇人民政府');
    expect(text).toContain('民和县川口镇第一小学');
    expect(text).toContain(kind === 'deadline_notice' ? '2024年9月15日前' : '2024年9月17日前');
    expect(text).toContain('（盖章）');
    expect(text).toContain('沿此线剪开');
    expect(text).toContain('回执');
    expect(text).toContain('监护人（签名）');
    expect(text).not.toMatch(/（\d{6}）/);
  });
});
