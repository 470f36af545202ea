import { sql, type SQL } from 'drizzle-orm';
import { columnsExcept } from '../columnList';
import { eduCases } from '../schema/education';

// Every stored column but the status, for the as-of relation below.
const columnsButStatus = columnsExcept(eduCases, 'c0', ['status']);

/**
 * The cases a query reads, named `edu_cases` so caseWhere's columns, the table's sorts and the
 * analyses' counts read it unchanged (the case table, dropout rates by township, open dropouts by
 * county: the time slider of issue 11). Without `asOf`, the table. With it, each case opened on or
 * before that day with its status then — caseStatusAsOf (api/domain/education/caseStatusAsOf.ts) in SQL: closed when it is
 * closed now with closed_on on or before the day, returned when its placement's `date` is on or
 * before the day, else open (a move without its date counts from opened_on). Cases opened later
 * are not there. The case steps (edu_case_steps) never change a status and are not read.
 */
export function casesFrom(asOf: string | undefined): SQL {
  if (asOf === undefined) return sql`edu_cases`;
  const day = sql`${asOf}::date`;
  return sql`(select ${columnsButStatus},
      case when c0.status = 'closed' and coalesce(c0.closed_on, c0.opened_on) <= ${day} then 'closed'
           when c0.placement is not null and coalesce((c0.placement->>'date')::date, c0.opened_on) <= ${day} then 'returned'
           else 'open' end as status
    from edu_cases c0 where c0.opened_on <= ${day}) edu_cases`;
}
