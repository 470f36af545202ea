import { describe, expect, test, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { getTestApp, testDatabases, type TestApp, type Client } from '../../helpers/testApp';
import { fullIdPattern, uploadRegister, uploadText } from './helpers';

async function importCount(app: TestApp): Promise<number> {
  const res = await app.database.db.execute('select count(*)::int as n from edu_register_imports' as never);
  const rows = (res as { rows?: { n: number }[] }).rows ?? (res as unknown as { n: number }[]);
  return Number(rows[0]!.n);
}

describe.each(testDatabases)('education registers and cases on %s', (kind) => {
  let app: TestApp;
  let edu: Client;
  beforeAll(async () => {
    app = await getTestApp(kind);
    edu = await app.login('education');
  });

  test('an import with an invalid row writes nothing and returns the row report', async () => {
    const before = await importCount(app);
    const csv = '身份证号,姓名,出生日期,县区代码\n630202201503100815,王小明,2015-03-10,630202\n630202201405010824,,2014-13-01,630202\n';
    const r = await uploadText(edu, 'household', 'bad.csv', csv, '2026-11-21');
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('invalid_rows');
    // line 3: name empty and month 13
    expect(r.body.error.details.errors).toEqual([
      { row: 3, field: 'name', code: 'required', message: 'name is empty' },
      { row: 3, field: 'birthDate', code: 'invalid_date', message: 'birthDate is not a date YYYY-MM-DD' },
    ]);
    expect(r.text).not.toContain('630202201405010824');
    expect(await importCount(app)).toBe(before);
  });

  test('a missing mapped column is a 400 naming the mapping field; a bad asOf too', async () => {
    const r = await uploadRegister(edu, 'students', 'students.csv', '2026-11-21');
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('mapping.idNumber');
    const d = await uploadRegister(edu, 'in_school', 'in_school.csv', '2026-11-31');
    expect(d.status).toBe(400);
    expect(d.body.error.field).toBe('asOf');
  });

  test('imports the four registers, runs the cross-check and opens routed cases', async () => {
    const asOf = '2026-11-21';
    // The browser test imports the same fixtures into the shared app; a run opens cases only for
    // children without an open case, so close those first to make this run's cases its own.
    await app.database.db.execute(sql`update edu_cases set status = 'closed', closed_on = ${asOf}, closure_reason = 'duplicate'
      where status = 'open' and id_number in ('630202201405010824', '630203201612010858', '63020320190202086X', '630223201310100909')`);
    const hh = await uploadRegister(edu, 'household', 'household.csv', asOf);
    expect(hh.status).toBe(201);
    // malformed ID on line 8 is a warning, not fatal
    expect(hh.body.warnings).toEqual([{ row: 8, field: 'idNumber', code: 'check_digit', message: 'ID number: check_digit' }]);
    const st = await uploadRegister(edu, 'students', 'students.csv', asOf, { idNumber: '学籍号', countyCode: '学籍县区' });
    expect(st.status).toBe(201);
    const ins = await uploadRegister(edu, 'in_school', 'in_school.csv', asOf);
    expect(ins.status).toBe(201);
    const pov = await uploadRegister(edu, 'poverty', 'poverty.csv', asOf);
    expect(pov.status).toBe(201);

    const run = await edu.post('/api/education/cross-check/run', { asOf, importIds: [hh.body.importId, st.body.importId, ins.body.importId, pov.body.importId] });
    expect(run.status).toBe(201);
    // household 7 rows; 630203201612010858 never enrolled; 3 enrolled not in school, one of them poverty
    expect(run.body.counts).toMatchObject({ household: 7, students: 5, inSchool: 2, poverty: 2, outOfSchool: 1, dropouts: 3, povertyDropouts: 1, invalidIds: 1 });
    // Routing: out-of-school → household county 630203; dropouts whose whereabouts are unknown stay with the registration county.
    expect(run.body.byCounty).toEqual([
      { countyCode: '630202', outOfSchool: 0, dropouts: 1, povertyDropouts: 1 },
      { countyCode: '630203', outOfSchool: 1, dropouts: 1, povertyDropouts: 0 },
      { countyCode: '630223', outOfSchool: 0, dropouts: 1, povertyDropouts: 0 },
    ]);
    expect(run.body.lists.dropouts.map((c: { idNumberMasked: string }) => c.idNumberMasked)).toEqual(['**************0824', '**************086X', '**************0909']);
    expect(run.body.lists.povertyDropouts).toHaveLength(1);
    expect(fullIdPattern.test(run.text)).toBe(false);
    const list = await edu.get(`/api/education/cases?runId=${run.body.runId}&kind=dropout`);
    expect(list.body.total).toBe(3);
    expect(list.body.cases.map((c: { idNumberMasked: string }) => c.idNumberMasked)).toEqual(['**************0824', '**************086X', '**************0909']);
    expect(list.body.cases[0].nameMasked).toBe('李**');
  });

  test('imports an XLSX register with a column mapping', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('在校');
    sheet.addRow(['序号', '公民身份证', '班级']);
    sheet.addRow([1, '630202201503100815', '三(1)班']);
    sheet.addRow([2, '63020320190202086x', '一(2)班']);
    const form = new FormData();
    form.set('file', new File([await wb.xlsx.writeBuffer()], 'in_school.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    form.set('asOf', '2026-11-19');
    form.set('mapping', JSON.stringify({ idNumber: '公民身份证' }));
    const r = await edu.send('POST', '/api/education/registers/in_school/import', form);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ kind: 'in_school', rows: 2, errorCount: 0, warningCount: 0 }); // lower-case x is accepted as X
    const bad = new FormData();
    bad.set('file', new File(['not a zip'], 'x.xlsx'));
    bad.set('asOf', '2026-11-19');
    const unreadable = await edu.send('POST', '/api/education/registers/in_school/import', bad);
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.field).toBe('file');
  });

  test('legal steps must follow the four-step order (409 otherwise)', async () => {
    // The oldest case no other test has stepped yet: the access matrix takes the newest open cases
    // as untouched ones, so this test keeps to the other end of the list.
    const list = await edu.get('/api/education/cases?kind=out_of_school&status=open&limit=500');
    let id = 0;
    for (const c of list.body.cases) {
      const r = await edu.get(`/api/education/cases/${c.id}/escalation`);
      if (r.body.legalSteps.length === 0) {
        id = c.id as number;
        break;
      }
    }
    const progress = await edu.get(`/api/education/cases/${id}/escalation`);
    expect(progress.body.nextLegalStep.act).toBe('education');
    const skip = await edu.post(`/api/education/cases/${id}/legal-steps`, { act: 'administrative_penalty', date: '2026-11-22' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('legal_step_out_of_order');
    const first = await edu.post(`/api/education/cases/${id}/legal-steps`, { act: 'education', date: '2026-11-22' });
    expect(first.status).toBe(201);
    expect(first.body.nextLegalStep.act).toBe('order_to_correct');
    const again = await edu.post(`/api/education/cases/${id}/legal-steps`, { act: 'education', date: '2026-11-23' });
    expect(again.status).toBe(409);
    const second = await edu.post(`/api/education/cases/${id}/legal-steps`, { act: 'order_to_correct', date: '2026-11-25' });
    expect(second.status).toBe(201);
    expect(second.body.legalSteps.map((s: { act: string }) => s.act)).toEqual(['education', 'order_to_correct']);
  });

  test('a dropout case shows its escalation from absences and the county rule set', async () => {
    const list = await edu.get('/api/education/cases?kind=dropout&status=open&limit=500');
    let found = false;
    for (const c of list.body.cases) {
      const r = await edu.get(`/api/education/cases/${c.id}/escalation`);
      if (r.body.absenceDays >= 3) {
        expect(r.body.ruleSet.id).toBe('haidong-2023-101');
        expect(['persuasion', 'reported', 'deadline_notice', 'township_action']).toContain(r.body.escalation.stage);
        expect(r.body.escalation.actionsDue.length).toBeGreaterThanOrEqual(2);
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
  });

  test('placement of a returned child; an invalid placement is 422 with the issues', async () => {
    const list = await edu.get('/api/education/cases?kind=dropout&status=open&limit=500');
    const id = list.body.cases[0].id as number;
    const bad = await edu.post(`/api/education/cases/${id}/placement`, { kind: 'home_teaching', date: '2026-11-22', visitsPerWeek: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.issues[0].code).toBe('home_teaching_needs_severe_disability');
    const ok = await edu.post(`/api/education/cases/${id}/placement`, { kind: 'regular_class', date: '2026-11-22' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('returned');
  });
});
