import { describe, expect, it } from 'vitest';
import { hazardListColumns } from '../../../api/domain/gas/hazardList';
import { roundFigures, roundReport } from '../../../api/domain/gas/roundReport';
import { majorHazardBoard } from '../../../api/domain/gas/majorHazardBoard';
import { expectedFigures, expectedWorkDone, hazards, input } from '../../fixtures/gas/roundReportGroup3';

describe('roundReport — 附件1 figures against hand counts', () => {
  it('computes the figures', () => {
    expect(roundFigures(input)).toEqual(expectedFigures);
  });
  it('fills the 工作开展情况 sentence and leaves the other sections editable', () => {
    const r = roundReport(input);
    expect(r.sections.map((s) => s.title)).toEqual([
      '一、工作开展情况',
      '二、主要做法和亮点',
      '三、存在的问题和不足',
      '四、工作措施和整改建议',
    ]);
    expect(r.sections[0].body).toBe(expectedWorkDone);
    expect(r.sections[2].children?.map((s) => s.title)).toEqual([
      '（一）党委政府方面。',
      '（二）行业部门方面。',
      '（三）企业单位方面。',
    ]);
    expect(r.sections.slice(1).every((s) => s.body === '')).toBe(true);
    expect(r).toMatchObject({
      groupNo: 3,
      groupName: '第三包片督查组',
      roundNo: 1,
      roundName: '全面排查',
      reportDueOn: '2023-10-31',
      signature: '燃气安全专项整治第三包片督查组（代章）',
    });
  });
  it('refuses a record of another group', () => {
    const stray = { ...hazards[0], groupNo: 1 };
    expect(() => roundReport({ ...input, hazards: [...hazards, stray] })).toThrow(/group 1 passed to the report of group 3/);
    expect(() => roundFigures({ ...input, interviews: [{ groupNo: 9 }] })).toThrow(RangeError);
  });
  it('writes a blank date and zero figures for an empty round', () => {
    const r = roundReport({ ...input, visits: [], problems: [], hazards: [], suggestions: [], enforcements: [], interviews: [] });
    expect(r.sections[0].body).toBe(
      '____年__月__日，第三包片督查组督查地区0个、重点行业领域部门0个、企业0家（次），' +
        '发现问题0条、安全隐患0条、已整改0条（其中重大隐患0条、已整改0条），提出工作建议0条，' +
        '责令处罚企业0家、罚款0.00万元，与行业领域部门谈话0人次。',
    );
    expect(r.hazardList).toEqual([]);
  });
});

describe('hazard list — 附件2', () => {
  it('has the columns in order: location (issue 12: township, address, lon/lat) and both days', () => {
    expect(hazardListColumns.map((c) => c.header)).toEqual([
      '序号', '县区', '乡镇', '场所名称', '场所地址', '经度', '纬度', '场所类型', '隐患类别', '隐患描述', '等级', '责任单位', '责任人', '整改措施', '发现日期', '整改时限', '状态',
    ]);
  });
  it('numbers rows by day found then id, in zh labels', () => {
    const rows = roundReport(input).hazardList;
    // h10 was listed first but was found on 10-20 with the largest id → last
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.map((r) => r.venueName)).toEqual([
      '川北酒家', '川北酒家', '民和万家超市', '川口夜市', '民和县第一中学',
      '民和县人民医院', '民和县燃气有限公司', '民和县燃气有限公司', '清真寺', '夕阳红养老院',
    ]);
    expect(rows[1]).toEqual({
      seq: 2,
      hazardId: 'h02', // the second 川北酒家 hazard of the fixture: ties the row to its photos
      district: '民和县',
      township: '',
      venueName: '川北酒家',
      address: '',
      lon: '',
      lat: '',
      venueType: '餐饮',
      category: '可燃气体报警器未安装或未正常使用',
      description: '川北酒家：alarm_missing',
      severity: '重大隐患',
      responsibleUnit: '川北酒家',
      responsiblePerson: '负责人',
      measures: '限期整改',
      foundOn: rows[1]!.foundOn,
      deadline: '2023-10-30',
      status: '整改中',
    });
  });
});

describe('majorHazardBoard — 挂牌督办', () => {
  const extra = [
    { ...hazards[1], id: 'h11', severity: 'major' as const, status: 'found' as const, deadline: '2023-10-25' },
    {
      ...hazards[1],
      id: 'h12',
      severity: 'major' as const,
      status: 'rectifying' as const,
      deadline: '2023-10-26',
      interimMeasures: '停用液化气瓶，改用电磁炉',
    },
  ];
  it('lists unverified majors, most overdue first', () => {
    const rows = majorHazardBoard([...hazards, ...extra], '2023-10-28');
    expect(rows.map((r) => [r.id, r.daysLeft, r.overdue, r.interimControlMissing])).toEqual([
      ['h11', -3, true, true], // 10-25 − 10-28 = −3, found, no interim measures
      ['h12', -2, true, false], // 10-26 − 10-28 = −2, interim measures recorded
      ['h09', -1, false, false], // 10-27 − 10-28 = −1 but rectified: waits for the official's check
      ['h02', 2, false, false], // 10-30 − 10-28
      ['h08', 18, false, false], // 11-15 − 10-28 = 3 (to 10-31) + 15
    ]);
    // h04 is a verified major: off the board; general hazards never appear
  });
});
