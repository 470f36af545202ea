import { sql } from 'drizzle-orm';
import { withIndexesDeferred } from '../../../db/bulk';
import { queryRows, type Tx } from '../../../db/client';
import { insertCaseStep, listCases, updateCase } from '../../../db/repositories/educationCases';
import {
  buildCatchments,
  corruptHouseholdRows,
  insertAbsences,
  insertChildren,
  insertCohortStats,
  insertSchools,
  seedRegisters,
} from '../../../db/repositories/educationSeed';
import { absenceStreak, corruptCheckDigit, generateChildren } from '../../../data/generate/educationChildren';
import { planEducation } from '../../../data/generate/educationPlan';
import { generateSchools } from '../../../data/generate/educationSchools';
import { addDays } from '../../domain/shared/calendarDate';
import { legalActInfo } from '../../domain/education/legalSteps';
import { legalActs, noticeKindLabels } from '../../domain/education/vocabulary';
import type { DemoSeeder } from '../demo/seeders';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { crossCheckStoredRegisters } from './runCrossCheck';
import { invalidateEducationAnalyses } from './storedCoverage';

/** Catchment radius around a school (demo): remote hamlets stay outside every catchment. */
const catchmentRadius = { primary: 6000, junior: 12000 };
/** Who the audit log names for the demo's cross-check run (no account: id 0). */
const demoUser: SessionUser = { id: 0, username: 'demo', role: 'admin', groupNo: null, countyCode: null, mustChangePassword: false };

export const educationDemoSeeder: DemoSeeder = {
  name: 'education',
  table: 'edu_schools',
  async run(tx: Tx, ctx) {
    const children = generateChildren(ctx.geography, ctx.seed, ctx.scale, ctx.today);
    const perTownship = new Map<string, number>();
    for (const c of children) perTownship.set(c.townshipCode, (perTownship.get(c.townshipCode) ?? 0) + 1);
    const schools = generateSchools(ctx.geography, ctx.seed, ctx.scale, perTownship);
    const plan = planEducation(children, schools, ctx.seed, ctx.scale);
    ctx.log(`  education: ${schools.length} schools, ${children.length} children`);

    const schoolIds = await insertSchools(tx, schools);
    await buildCatchments(tx, catchmentRadius);
    await withIndexesDeferred(tx, 'edu_children', () =>
      insertChildren(
        tx,
        children.map((c, i) => ({ ...c, schoolId: plan.schoolOf[i]! >= 0 ? schoolIds[plan.schoolOf[i]!]! : null })),
      ),
    );
    const imports = await withIndexesDeferred(tx, 'edu_register_rows', () => seedRegisters(tx, ctx.today, plan.dropouts.map((i) => children[i]!.idNumber)));
    await corruptHouseholdRows(tx, imports.household!, [
      ...plan.badCheckDigit.map((i): [string, string, string] => [children[i]!.idNumber, corruptCheckDigit(children[i]!.idNumber), children[i]!.birthDate]),
      ...plan.birthDateMismatch.map((i): [string, string, string] => [children[i]!.idNumber, children[i]!.idNumber, addDays(children[i]!.birthDate, 1)]),
    ]);
    const absences: { idNumber: string; date: string }[] = [];
    for (const [i, days] of plan.absenceDays) {
      // Attending children's short absences ended a week ago; dropouts are still away.
      const end = plan.dropouts.includes(i) ? ctx.today : addDays(ctx.today, -7);
      for (const date of absenceStreak(end, days)) absences.push({ idNumber: children[i]!.idNumber, date });
    }
    await insertAbsences(tx, absences);
    await insertCohortStats(tx, plan.cohorts);
    await crossCheckStoredRegisters(tx, demoUser, { asOf: ctx.today });
    await advanceSomeCases(tx, ctx.today);
  },
  committed: invalidateEducationAnalyses,
};

/** Events, legal steps and placements on some dropout cases, so every stage shows in the demo. */
async function advanceSomeCases(tx: Tx, today: string): Promise<void> {
  const { rows } = await listCases(tx, { scope: null, kind: 'dropout', limit: 10_000, offset: 0 });
  for (const [k, c] of rows.entries()) {
    if (c.childId === null) continue;
    const [streak] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from edu_absences where child_id = ${c.childId}`);
    const n = Number(streak?.n ?? 0);
    const start = addDays(today, -n);
    const step = (stepKind: 'event' | 'legal' | 'escalation', action: string, date: string, document: string | null = null) =>
      insertCaseStep(tx, { caseId: c.id, stepKind, action, document, date, recordedBy: 'demo' });
    if (n >= 10) await step('event', 'home_visit_failed', addDays(start, 7));
    if (n >= 16) await step('event', 'notice_issued', addDays(start, 15), `《${noticeKindLabels.deadline_notice.zh}》`);
    if (n >= 30) {
      const acts = legalActs.slice(0, 1 + (k % 3));
      for (const [j, act] of acts.entries()) await step('legal', act, addDays(start, 16 + j * 3), legalActInfo[act].document);
    }
    if (k % 17 === 5) {
      await updateCase(tx, c.id, { status: 'returned', placement: { kind: 'regular_class', date: today, schoolCode: c.schoolCode } });
    }
  }
}
