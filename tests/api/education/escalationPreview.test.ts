// POST /api/education/escalation/preview (issue 13 contract) over HTTP on PGlite and PostgreSQL.
// Cases hand-computed on the default calendar (March 2026: school days Mon–Fri from 03-02).
import { beforeAll, describe, expect, test } from 'vitest';
import { getTestApp, testDatabases, type Client, type TestApp } from '../../helpers/testApp';

const twoWeeks = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
const actions = [
  'follow_up', 'persuasion', 'report_to_school', 'written_report', 'dropout_mark', 'deadline_notice', 'township_action',
  'order_to_correct', 'penalty', 'reminder', 'court', 'letter_to_household_county', 'judicial_document',
];

describe.each(testDatabases)('escalation preview on %s', (kind) => {
  let app: TestApp;
  let planner: Client;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    planner = await app.login('planner');
    edu = await app.login('education');
  });

  // 沙坡头 Art. 7 "7天仍未返校的，学校要在学籍系统中做辍学标注"
  test('沙坡头: two weeks Monday–Friday are 10 school days; dropout marked on 03-10', async () => {
    const r = await planner.post('/api/education/escalation/preview', { countyCode: '640502', asOf: '2026-03-13', absences: twoWeeks });
    expect(r.status).toBe(200);
    expect(r.body.ruleSet).toMatchObject({ id: 'shapotou-2023-4', jurisdiction: 'shapotou', validFrom: '2023-12-16', validTo: '2028-12-15' });
    expect(r.body.schoolDaysAbsent).toBe(10);
    expect(r.body.stage).toBe('dropout_marked');
    expect(r.body.dropoutMarked).toBe(true);
    expect(r.body.due.map((d: { action: string; dueDate: string }) => `${d.action}@${d.dueDate}`)).toEqual([
      'follow_up@2026-03-02',
      'persuasion@2026-03-04',
      'dropout_mark@2026-03-10',
    ]);
    for (const d of r.body.due) {
      expect(actions).toContain(d.action);
      expect(d.article).toContain('卫沙政办规发〔2023〕4号');
    }
    expect(r.body.reading).toContain('教学日');
    expect(r.body.warnings.map((w: { code: string }) => w.code)).toContain('default_calendar');
  });

  // 沙坡头 Art. 7 "在限期内仍不能按期入学的…责令限期改正"
  test('沙坡头: the order to correct after the notice deadline, in English on request', async () => {
    const absences = [...twoWeeks, '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'];
    const r = await edu.post(
      '/api/education/escalation/preview',
      { countyCode: '640502', asOf: '2026-03-26', absences, events: { noticeIssuedOn: '2026-03-23', noticeDeadline: '2026-03-25' } },
      { 'accept-language': 'en' },
    );
    expect(r.status).toBe(200);
    expect(r.body.due.at(-1)).toMatchObject({ action: 'order_to_correct', dueDate: '2026-03-26' });
    expect(r.body.stage).toBe('order_to_correct');
    expect(r.body.reading).toContain('school days');
  });

  // 海东 Art. 15 "非本地户籍的学生由县区教育局向户籍地教育行政部门发函告知辍学情况"
  test('海东: a non-local student gets the letter to the household county', async () => {
    const r = await edu.post('/api/education/escalation/preview', { countyCode: '630202', asOf: '2026-03-04', absences: twoWeeks.slice(0, 3), householdCountyCode: '630224' });
    expect(r.status).toBe(200);
    expect(r.body.due.map((d: { action: string }) => d.action)).toEqual(['follow_up', 'report_to_school', 'letter_to_household_county']);
  });

  // 白银 一(二) "经教育部门责令限期改正，逾期不改的由司法部门依法发放相关司法文书"
  test('白银: the judicial document after the order, and the fallbacks named', async () => {
    const days = [...twoWeeks, '2026-03-16', '2026-03-17', '2026-03-18'];
    const r = await edu.post('/api/education/escalation/preview', { countyCode: '620402', asOf: '2026-03-18', absences: days, events: { homeVisitFailedOn: '2026-03-09', orderIssuedOn: '2026-03-10' } });
    expect(r.status).toBe(200);
    expect(r.body.ruleSet).toMatchObject({ id: 'baiyin-2020-28', validTo: null });
    expect(r.body.due.at(-1)).toMatchObject({ action: 'judicial_document', dueDate: '2026-03-18' });
    expect(r.body.warnings.filter((w: { code: string }) => w.code === 'fallback_used').length).toBeGreaterThanOrEqual(2);
  });

  test('a calendar in the request: a declared holiday joins the days around it', async () => {
    const r = await edu.post('/api/education/escalation/preview', {
      countyCode: '341602',
      asOf: '2026-03-04',
      absences: ['2026-03-02', '2026-03-04'],
      calendar: { holidays: ['2026-03-03'] },
    });
    expect(r.status).toBe(200);
    expect(r.body.schoolDaysAbsent).toBe(2);
  });

  test('refusals name the field: unknown county, bad date, bad calendar', async () => {
    const unknown = await edu.post('/api/education/escalation/preview', { countyCode: '110105', asOf: '2026-03-04', absences: [] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'no_rule_set_for_county', field: 'countyCode' });
    const badDate = await edu.post('/api/education/escalation/preview', { countyCode: '630202', asOf: '2026-03-04', absences: ['2026-02-30'] });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.field).toBe('absences[0]');
    const badTerm = await edu.post('/api/education/escalation/preview', { countyCode: '630202', asOf: '2026-03-04', absences: [], calendar: { terms: [{ start: '2026-07-01', end: '2026-03-01' }] } });
    expect(badTerm.status).toBe(400);
    expect(badTerm.body.error.field).toBe('calendar.terms[0]');
  });
});
