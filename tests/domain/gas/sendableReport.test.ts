import { describe, expect, test } from 'vitest';
import { chineseOrdinal, documentDate, sendableSections } from '../../../api/domain/gas/sendableReport';
import { reportFixture } from '../../helpers/reportFixture';

describe('附件1 as sent', () => {
  test('headings without text are left out; the rest numbered 一、二、 and （一）（二） without gaps', () => {
    const s = sendableSections(reportFixture(1, { departments: '监管不到位。', measures: '加强巡查。' }).sections);
    expect(s.map((x) => x.title)).toEqual(['一、工作开展情况', '二、存在的问题和不足', '三、工作措施和整改建议']);
    expect(s[1]!.children.map((c) => c.title)).toEqual(['（一）行业部门方面。']);
  });
  test('ordinals and dates in the GB/T 9704 form', () => {
    expect([1, 4, 10, 11, 20, 35].map(chineseOrdinal)).toEqual(['一', '四', '十', '十一', '二十', '三十五']);
    expect(documentDate('2024-06-01')).toBe('2024年6月1日');
  });
});
