// 附件1 督查报告模板: the figures of one group's report for one round, computed from its records,
// the report's section skeleton as editable text, and the 附件2 hazard list. No I/O.
import { dayNumber, type IsoDate } from '../shared/calendarDate';
import { inspectionDaysCheck, type CampaignRound } from './campaigns';
import { districtNames, type DistrictCode } from '../geo/vocabulary';
import { assertGroup, hazardListRows, type HazardListRow, type ListedHazard } from './hazardList';
import { groupByNo } from './inspectionGroups';
import type { EnforcementOutcome, VisitTargetKind } from './vocabulary';

export interface ReportVisit {
  readonly groupNo: number;
  readonly on: IsoDate;
  readonly district: DistrictCode;
  readonly target: { readonly kind: VisitTargetKind; readonly id: string; readonly name: string };
}

export interface ReportEnforcement {
  readonly groupNo: number;
  readonly enterpriseId: string;
  readonly outcome: EnforcementOutcome;
  readonly fineYuan: number;
}

/** One record per item; 问题 are shortcomings in the work of governments and departments, 隐患 are site hazards. */
export interface ReportItem {
  readonly groupNo: number;
}

/**
 * The records of ONE group, already chosen by the caller for this report (e.g. the look-back
 * report takes the hazards it followed up, whatever round found them). Every record's groupNo is
 * asserted against `groupNo`.
 */
export interface RoundReportInput {
  readonly groupNo: number;
  readonly round: CampaignRound;
  readonly visits: readonly ReportVisit[];
  readonly problems: readonly ReportItem[];
  readonly hazards: readonly ListedHazard[];
  readonly suggestions: readonly ReportItem[];
  readonly enforcements: readonly ReportEnforcement[];
  /** One record per 人次 of talks with officials of departments (与行业领域部门谈话). */
  readonly interviews: readonly ReportItem[];
  /**
   * "原则上每次督查时间不少于一周" (东政办〔2023〕98号 §一(一)): the group's venue visits (the same
   * records the coverage board counts days from), the campaign's setting and today. Without it the
   * report states no inspection days.
   */
  readonly daysRule?: {
    readonly venueVisits: readonly { readonly district: DistrictCode; readonly on: IsoDate }[];
    readonly minDaysPerRound: number;
    readonly document: string;
    readonly today: IsoDate;
  };
}

export interface InspectionDays {
  readonly district: DistrictCode;
  readonly inspectionDays: number;
  readonly minDaysPerRound: number;
  readonly belowMinDays: boolean;
  readonly roundEnded: boolean;
}

export interface RoundFigures {
  readonly districtsInspected: number;
  readonly departments: number;
  /** 企业 X 家（次）: visits to enterprises and venues, each visit counted. */
  readonly enterpriseVisits: number;
  readonly problemsFound: number;
  readonly hazardsFound: number;
  readonly hazardsRectified: number;
  readonly majorsFound: number;
  readonly majorsRectified: number;
  readonly suggestions: number;
  readonly enterprisesPenalized: number;
  /** 罚款 X 万元: total fines in 万元 (yuan ÷ 10,000), 2 decimals. */
  readonly finesWan: number;
  readonly officialsInterviewed: number;
}

export interface ReportSection {
  readonly key: string;
  readonly title: string;
  /** Editable text; pre-filled only for 工作开展情况. */
  readonly body: string;
  readonly children?: readonly ReportSection[];
}

export interface RoundReport {
  readonly groupNo: number;
  readonly groupName: string;
  readonly roundNo: number;
  readonly roundName: string;
  readonly reportDueOn: IsoDate;
  readonly figures: RoundFigures;
  readonly sections: readonly ReportSection[];
  /** 附件1 closing line, e.g. 燃气安全专项整治第三包片督查组（代章）. */
  readonly signature: string;
  readonly hazardList: readonly HazardListRow[];
  /** Inspection days per district (an area group's own district always, others where visited). */
  readonly inspectionDays: readonly InspectionDays[];
  /** The sentence stating them and naming any district below the minimum; '' without daysRule. */
  readonly inspectionDaysText: string;
}

const fixed = (s: string) => s === 'rectified' || s === 'verified';

export function roundFigures(input: RoundReportInput): RoundFigures {
  const { groupNo } = input;
  assertGroup(groupNo, input.visits, 'a visit');
  assertGroup(groupNo, input.problems, 'a problem');
  assertGroup(groupNo, input.hazards, 'a hazard');
  assertGroup(groupNo, input.suggestions, 'a suggestion');
  assertGroup(groupNo, input.enforcements, 'an enforcement');
  assertGroup(groupNo, input.interviews, 'an interview');
  for (const e of input.enforcements) {
    if (!(e.fineYuan >= 0)) throw new RangeError(`fine of enterprise ${e.enterpriseId} is not a non-negative amount`);
  }
  const majors = input.hazards.filter((h) => h.severity === 'major');
  const fineYuan = input.enforcements.reduce((sum, e) => sum + e.fineYuan, 0);
  return {
    districtsInspected: new Set(input.visits.map((v) => v.district)).size,
    departments: new Set(input.visits.filter((v) => v.target.kind === 'department').map((v) => v.target.id)).size,
    enterpriseVisits: input.visits.filter((v) => v.target.kind === 'enterprise').length,
    problemsFound: input.problems.length,
    hazardsFound: input.hazards.length,
    hazardsRectified: input.hazards.filter((h) => fixed(h.status)).length,
    majorsFound: majors.length,
    majorsRectified: majors.filter((h) => fixed(h.status)).length,
    suggestions: input.suggestions.length,
    // §四(三) "依法严惩一批": enterprises ordered to be penalized, each counted once.
    enterprisesPenalized: new Set(input.enforcements.filter((e) => e.outcome === 'punish').map((e) => e.enterpriseId))
      .size,
    // yuan → 万元 with 2 decimals: round to the nearest 100 yuan, then divide by 100.
    finesWan: Math.round(fineYuan / 100) / 100,
    officialsInterviewed: input.interviews.length,
  };
}

export function roundReport(input: RoundReportInput): RoundReport {
  const group = groupByNo(input.groupNo);
  if (!group) throw new RangeError(`unknown inspection group ${input.groupNo}`);
  const figures = roundFigures(input);
  const days = inspectionDaysOf(input);
  return {
    groupNo: group.no,
    groupName: group.name,
    roundNo: input.round.no,
    roundName: input.round.name.zh,
    reportDueOn: input.round.reportDueOn,
    figures,
    sections: [
      { key: 'work_done', title: '一、工作开展情况', body: workDoneText(group.name, input.visits, figures) },
      { key: 'practices', title: '二、主要做法和亮点', body: '' },
      {
        key: 'shortcomings',
        title: '三、存在的问题和不足',
        body: '',
        children: [
          { key: 'party_government', title: '（一）党委政府方面。', body: '' },
          { key: 'departments', title: '（二）行业部门方面。', body: '' },
          { key: 'enterprises', title: '（三）企业单位方面。', body: '' },
        ],
      },
      { key: 'measures', title: '四、工作措施和整改建议', body: '' },
    ],
    signature: `燃气安全专项整治${group.name}（代章）`,
    hazardList: hazardListRows(input.groupNo, input.hazards),
    inspectionDays: days,
    inspectionDaysText: input.daysRule ? inspectionDaysText(group.name, days, input.daysRule) : '',
  };
}

/** Distinct visit days per district, checked against the setting (campaigns.inspectionDaysCheck). */
function inspectionDaysOf(input: RoundReportInput): InspectionDays[] {
  const rule = input.daysRule;
  if (!rule) return [];
  const byDistrict = new Map<DistrictCode, Set<IsoDate>>();
  const home = groupByNo(input.groupNo);
  // An area group inspects its own district (§二(一)2): zero days there is a finding, not a blank.
  if (home?.kind === 'area') byDistrict.set(home.districtCode, new Set());
  for (const v of rule.venueVisits) byDistrict.set(v.district, (byDistrict.get(v.district) ?? new Set()).add(v.on));
  return [...byDistrict].map(([district, on]) => ({ district, ...inspectionDaysCheck(on.size, rule.minDaysPerRound, input.round, rule.today) }));
}

/** "第三包片督查组本轮督查天数：民和县3天。其中民和县少于…规定的7天（本轮尚未结束，可补足）。" */
function inspectionDaysText(groupName: string, days: readonly InspectionDays[], rule: NonNullable<RoundReportInput['daysRule']>): string {
  const list = days.map((d) => `${districtNames[d.district].zh}${d.inspectionDays}天`).join('、');
  const below = days.filter((d) => d.belowMinDays);
  const basis = `${rule.document} §一(一)「原则上每次督查时间不少于一周」，本活动设定每轮不少于${rule.minDaysPerRound}天`;
  const verdict = below.length === 0
    ? `均不少于规定天数（${basis}）。`
    : `其中${below.map((d) => districtNames[d.district].zh).join('、')}不足${rule.minDaysPerRound}天，未达到督查时间要求（${basis}）` +
      (below.every((d) => d.roundEnded) ? '。' : '；本轮尚未结束，可在轮次内补足。');
  return `${groupName}本轮督查天数：${list || '无走访记录'}，${verdict}`;
}

/** The 附件1 example sentence filled with the figures, names and visit dates. */
function workDoneText(groupName: string, visits: readonly ReportVisit[], f: RoundFigures): string {
  const byDay = [...visits].sort((a, b) => dayNumber(a.on) - dayNumber(b.on));
  const districts = firstNames(byDay.map((v) => districtNames[v.district].zh));
  const departments = firstNames(byDay.filter((v) => v.target.kind === 'department').map((v) => v.target.name));
  const enterprises = firstNames(byDay.filter((v) => v.target.kind === 'enterprise').map((v) => v.target.name));
  return (
    `${dateSpan(byDay)}，${groupName}督查${districts}地区${f.districtsInspected}个、` +
    `${departments}重点行业领域部门${f.departments}个、${enterprises}企业${f.enterpriseVisits}家（次），` +
    `发现问题${f.problemsFound}条、安全隐患${f.hazardsFound}条、已整改${f.hazardsRectified}条` +
    `（其中重大隐患${f.majorsFound}条、已整改${f.majorsRectified}条），提出工作建议${f.suggestions}条，` +
    `责令处罚企业${f.enterprisesPenalized}家、罚款${f.finesWan.toFixed(2)}万元，` +
    `与行业领域部门谈话${f.officialsInterviewed}人次。`
  );
}

/** "甲、乙、丙等" from the first three distinct names; empty when there are none. */
function firstNames(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  return distinct.length === 0 ? '' : `${distinct.slice(0, 3).join('、')}等`;
}

function dateSpan(byDay: readonly ReportVisit[]): string {
  if (byDay.length === 0) return '____年__月__日';
  const zh = (d: IsoDate, withYear: boolean) =>
    `${withYear ? `${Number(d.slice(0, 4))}年` : ''}${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  const first = byDay[0].on;
  const last = byDay[byDay.length - 1].on;
  if (first === last) return zh(first, true);
  return `${zh(first, true)}至${zh(last, first.slice(0, 4) !== last.slice(0, 4))}`;
}

/** Every section key of the template, for validating edits. */
export function sectionKeys(report: Pick<RoundReport, 'sections'>): string[] {
  const keys: string[] = [];
  const walk = (s: ReportSection) => {
    keys.push(s.key);
    s.children?.forEach(walk);
  };
  report.sections.forEach(walk);
  return keys;
}
