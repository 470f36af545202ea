import { expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import type { Browser } from 'playwright-core';
import { loginInBrowser } from '../helpers/browser';
import { useWebBrowser } from '../helpers/webServer';
import type { TestApp } from '../helpers/testApp';
import { chinaDate } from '../../api/domain/shared/calendarDate';
import { termStops } from '../../web/features/education/termStops';

let app: TestApp;
let browser: Browser;
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/education/${name}`, import.meta.url));

useWebBrowser((s) => ({ app, browser } = s));

test('an education officer imports a small register set, runs the cross-check and sees the dropout list', async () => {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.waitForSelector('[data-testid=edu-tab-import]', { timeout: 60_000 });
  // Aggregate layers are on the map (catchments coloured by utilization).
  await page.waitForFunction(() => !!window.__map?.getLayer('edu-catchment-fill'), null, { timeout: 60_000 });

  await page.click('[data-testid=edu-tab-import]');
  await page.fill('[data-testid=edu-asof]', '2026-11-21');
  const upload = async (kind: string, file: string, mapping: Record<string, string> = {}) => {
    await page.selectOption('[data-testid=edu-kind]', kind);
    await page.setInputFiles('[data-testid=edu-file]', fixture(file));
    for (const [field, column] of Object.entries(mapping)) {
      await page.waitForSelector(`[data-testid=edu-map-${field}] option[value="${column}"]`, { state: 'attached' });
      await page.selectOption(`[data-testid=edu-map-${field}]`, column);
    }
    await page.click('[data-testid=edu-upload]');
    await page.waitForFunction((k) => /已导入|rows imported/.test(document.querySelector(`[data-testid=edu-report-${k}]`)?.textContent ?? ''), kind);
  };
  await upload('household', 'household.csv');
  expect(await page.textContent('[data-testid=edu-report-household]')).toContain('1 个身份证号问题');
  await upload('students', 'students.csv', { idNumber: '学籍号', countyCode: '学籍县区' });
  await upload('in_school', 'in_school.csv');
  await upload('poverty', 'poverty.csv');

  await page.click('[data-testid=edu-run]');
  await page.waitForSelector('[data-testid=edu-list-dropouts] tbody tr');
  const dropouts = await page.locator('[data-testid=edu-list-dropouts] tbody tr td.mono').allTextContents();
  // 3 enrolled children not in school; IDs masked to the last 4 characters.
  expect(dropouts).toEqual(['**************0824', '**************086X', '**************0909']);
  expect(await page.locator('[data-testid=edu-list-poverty] tbody tr').count()).toBe(1);
  expect(await page.locator('[data-testid=edu-list-out] tbody tr').count()).toBe(1);
  expect(await page.textContent('[data-testid=edu-run-result]')).not.toMatch(/\d{17}[\dX]/);
  await page.locator('[data-testid=edu-list-dropouts]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/artifacts/education-cross-check.png' });
  expect(errors).toEqual([]);
  await page.close();
});

const fullId = /\d{17}[\dXx]/;

test('an education officer opens a case from the masked list, sees the escalation timeline, records a legal step, and reveals the ID (audited)', async () => {
  // A case on the list's first page with an escalation under way and a legal step still to do.
  const api = await app.login('education');
  // The list tied to the map opens on the open cases, 20 to a page, by case number.
  const page1 = (await api.get('/api/education/cases/table?status=open&limit=20&offset=0')).body.rows.map((r: any) => ({ id: Number(r.id), idNumberMasked: r.cells.idNumber as string })) as { id: number; idNumberMasked: string }[];
  let row = -1;
  let progress: any = null;
  for (let i = 0; i < page1.length && row < 0; i++) {
    const p = (await api.get(`/api/education/cases/${page1[i]!.id}/escalation`)).body;
    if (p.escalation?.nextAction && p.escalation.actionsDue.some((a: { dueDate: string | null }) => a.dueDate) && p.nextLegalStep) {
      row = i;
      progress = p;
    }
  }
  expect(row, 'a case with an escalation and a pending legal step on the first page').toBeGreaterThanOrEqual(0);
  const picked = page1[row]!;
  const audits = async () =>
    Number((await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from audit_log
      where actor = 'education' and action = 'education.case.reveal' and object_type = 'edu_case' and object_id = ${String(picked.id)}`))[0]!.n);
  const revealsBefore = await audits();

  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.click('[data-testid=edu-tab-cases]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=edu-case-list-row]');
  const listed = page.locator('[data-testid=edu-case-list-row]').nth(row);
  expect(await listed.getAttribute('data-id')).toBe(String(picked.id));
  expect(await listed.textContent()).toContain(picked.idNumberMasked);
  expect(await page.textContent('[data-testid=edu-case-list]')).not.toMatch(fullId);
  // A click flies the map to the child's township (the row's place, never a home); a double click opens the case.
  const place = (await api.get('/api/education/cases/table?status=open&limit=20&offset=0')).body.rows[row].place;
  await listed.click();
  if (place) {
    await page.waitForFunction(([w, s, e, n]) => {
      const c = window.__map!.getCenter();
      return !window.__map!.isMoving() && c.lng >= w! && c.lng <= e! && c.lat >= s! && c.lat <= n!;
    }, place.bbox, { timeout: 30_000 });
  }
  expect(decodeURIComponent(await page.evaluate(() => location.hash))).not.toContain('ec=');
  await listed.dblclick();
  await page.waitForSelector('[data-testid=edu-escalation-timeline] li');

  // Masked on the detail view too, until the officer asks.
  expect(await page.textContent('[data-testid=edu-id-number]')).toBe(picked.idNumberMasked);
  expect(await page.textContent('[data-testid=edu-case-detail]')).not.toMatch(fullId);
  const timeline = await page.locator('[data-testid=edu-escalation-timeline] li').allTextContents();
  expect(timeline).toHaveLength(progress.escalation.actionsDue.length);
  progress.escalation.actionsDue.forEach((a: { dueDate: string | null }, i: number) => {
    if (a.dueDate) expect(timeline[i]).toContain(a.dueDate);
  });
  const next = await page.textContent('[data-testid=edu-next-action]');
  expect(next).toContain(progress.escalation.nextAction.textZh);
  if (progress.escalation.nextAction.dueDate) expect(next).toContain(progress.escalation.nextAction.dueDate);

  // Record the next of the four legal steps.
  const act = progress.nextLegalStep.act as string;
  await page.fill('[data-testid=edu-step-date]', '2026-11-30');
  expect(await page.textContent('[data-testid=edu-record-legal]')).toContain(progress.nextLegalStep.nameZh);
  await page.click('[data-testid=edu-record-legal]');
  const index = ['education', 'order_to_correct', 'administrative_penalty', 'court'].indexOf(act);
  await page.waitForFunction((i) => (document.querySelectorAll('[data-testid=edu-legal-steps] li')[i]?.textContent ?? '').includes('✓ 2026-11-30'), index);
  const after = (await api.get(`/api/education/cases/${picked.id}/escalation`)).body;
  expect(after.legalSteps.at(-1)).toMatchObject({ act, date: '2026-11-30' });

  // Reveal: the full number appears, and the reveal is in the audit log.
  await page.click('[data-testid=edu-reveal]');
  await page.waitForFunction(() => /\d{17}[\dXx]/.test(document.querySelector('[data-testid=edu-id-number]')?.textContent ?? ''));
  const full = (await page.textContent('[data-testid=edu-id-number]'))!;
  expect(full.slice(-4)).toBe(picked.idNumberMasked.slice(-4));
  expect(await audits()).toBe(revealsBefore + 1);
  await page.screenshot({ path: 'tests/artifacts/education-case-detail.png' });
  expect(errors).toEqual([]);
  await page.close();
});

test('the case list as of a school term: the slider steps back to a term start, the list is the API\'s as of that day and the day stays in the URL', async () => {
  const api = await app.login('education');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.click('[data-testid=edu-tab-cases]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=edu-case-list-row]');
  expect(await page.textContent('[data-testid=edu-as-of-label]')).toMatch(/截至 \d{4}-\d{2}-\d{2}（今天）/);
  // The stop before today is the latest term start (termStops.ts), whatever day the test runs.
  const day = termStops(chinaDate(new Date())).at(-2)!.date;
  await page.click('[data-testid=edu-as-of-prev]');
  expect(await page.textContent('[data-testid=edu-as-of-label]')).toBe(`截至 ${day}`);
  const want = (await api.get(`/api/education/cases/table?status=open&asOf=${day}&limit=1`)).body.total as number;
  await page.waitForFunction((n) => document.querySelector('[data-testid=edu-case-list-total]')?.textContent === `共 ${n} 条`, want, { timeout: 30_000 });
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain(`asOf=${day}`);
  // Reopened from the URL (the view opens on its first tab; the list's filter is in the hash).
  await page.reload();
  await page.click('[data-testid=edu-tab-cases]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=edu-as-of-label]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=edu-as-of-label]')).toBe(`截至 ${day}`);
  await page.close();
});

test('the analysis as of a school term: the figures and the map\'s layers are the API\'s as of that day, and the day stays in the URL', async () => {
  const api = await app.login('education');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await loginInBrowser(page, app.baseUrl, 'education');
  await page.waitForSelector('.edu-summary tbody tr', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=edu-map-as-of-label]')).toMatch(/截至 \d{4}-\d{2}-\d{2}（今天）/);
  const day = termStops(chinaDate(new Date())).at(-2)!.date;
  const asked = page.waitForRequest((r) => r.url().includes('/api/education/dropout-rates') && r.url().includes(`asOf=${day}`));
  await page.click('[data-testid=edu-map-as-of-prev]');
  await asked;
  expect(await page.textContent('[data-testid=edu-map-as-of-label]')).toBe(`截至 ${day}`);
  // The county table shows that day's dropouts (column 4), as the API gives them.
  const want = ((await api.get(`/api/education/dropout-rates?asOf=${day}`)).body.counties as { dropouts: number }[]).map((c) => String(c.dropouts));
  await page.waitForFunction(
    (w) => JSON.stringify([...document.querySelectorAll('.edu-summary tbody tr td:nth-child(4)')].map((td) => td.textContent)) === JSON.stringify(w),
    want,
    { timeout: 30_000 },
  );
  // A chosen layer reads the same day: MapLibre fetches the catchments for it.
  const catchments = page.waitForRequest((r) => r.url().includes('/api/education/coverage/catchments') && r.url().includes(`asOf=${day}`));
  await page.check('[data-testid=thematic-edu-catchments]');
  await catchments;
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain(`asOf=${day}`);
  await page.reload();
  await page.waitForSelector('[data-testid=edu-map-as-of-label]', { timeout: 60_000 });
  expect(await page.textContent('[data-testid=edu-map-as-of-label]')).toBe(`截至 ${day}`);
  await page.close();
});
