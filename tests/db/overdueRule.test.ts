import { describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { overdueSql } from '../../db/repositories/gasHazards';
import { safetyCheckSql } from '../../db/repositories/gasVenues';
import { isOverdue } from '../../api/domain/gas/hazardWorkflow';
import { ruleSetOn, safetyCheckDue } from '../../api/domain/gas/safetyCheckDue';
import { safetyCheckRuleSets } from '../../api/domain/gas/safetyCheckRules';
import { hazardStatuses, pipelineUserKinds, type HazardStatus, type PipelineUserKind } from '../../api/domain/gas/vocabulary';
import { addDays } from '../../api/domain/shared/calendarDate';
import { getTestApp, testDatabases } from '../helpers/testApp';

// The overdue rules have one source each (hazardWorkflow.overdueRule, safetyCheckDue with its rule
// sets); the repositories' SQL is built from them. These check both give the same verdicts.
const today = '2026-03-01';
const cases = hazardStatuses.flatMap((status) => [-40, -2, -1, 0, 1, 2].map((offset) => ({ status, deadline: addDays(today, offset) })));

describe.each(testDatabases)('overdue: SQL and domain agree (%s)', (kind) => {
  test('every status, deadlines from well before to after today', async () => {
    const app = await getTestApp(kind);
    const values = sql.join(cases.map((c) => sql`(${c.status}::text, ${c.deadline}::date)`), sql`, `);
    const rows = await queryRows<{ status: HazardStatus; deadline: string; overdue: boolean }>(
      app.database.db,
      sql`select h.status, h.deadline::text as deadline, ${overdueSql(today)} as overdue from (values ${values}) as h(status, deadline)`,
    );
    expect(rows).toHaveLength(cases.length);
    for (const r of rows) expect({ ...r, overdue: Boolean(r.overdue) }).toEqual({ ...r, overdue: isOverdue(r, today) });
    // The rule itself: the deadline day is in time, the day after is overdue, fixed ones never are.
    expect(isOverdue({ status: 'found', deadline: today }, today)).toBe(false);
    expect(isOverdue({ status: 'rectifying', deadline: addDays(today, -1) }, today)).toBe(true);
    expect(isOverdue({ status: 'rectified', deadline: addDays(today, -40) }, today)).toBe(false);
  });
});

describe.each(testDatabases)('door-to-door check: SQL and domain agree (%s)', (kind) => {
  test('due day and overdue for each pipeline kind, around the due day and across 29 February', async () => {
    const app = await getTestApp(kind);
    const rules = ruleSetOn(today, safetyCheckRuleSets);
    const { due, dutyBound, overdue } = safetyCheckSql(rules.intervalYears, today);
    const users = pipelineUserKinds.flatMap((k) =>
      [null, '2024-02-29', '2023-02-28', '2023-03-01', '2024-03-01', '2025-02-28', '2025-03-01', '2026-03-01'].map((last) => ({ pipelineUserKind: k, lastCheckOn: last })),
    );
    const values = sql.join(users.map((u) => sql`(${u.pipelineUserKind}::text, ${u.lastCheckOn}::date)`), sql`, `);
    const rows = await queryRows<{ kind: PipelineUserKind; last: string | null; due: string | null; bound: boolean; overdue: boolean }>(
      app.database.db,
      sql`select pipeline_user_kind as kind, last_safety_check_on::text as last, ${due}::text as due, ${dutyBound} as bound, ${overdue} as overdue
          from (values ${values}) as v(pipeline_user_kind, last_safety_check_on)`,
    );
    expect(rows).toHaveLength(users.length);
    for (const r of rows) {
      const d = safetyCheckDue({ pipelineUserKind: r.kind, lastCheckOn: r.last }, today);
      expect({ kind: r.kind, last: r.last, bound: Boolean(r.bound), overdue: Boolean(r.bound) && Boolean(r.overdue), due: r.bound ? r.due : null }).toEqual({
        kind: r.kind,
        last: r.last,
        bound: r.kind !== 'none',
        overdue: d.overdue,
        due: d.dueDate,
      });
    }
  });
});
