import { insertChunked } from '../bulk';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client';
import { gasReportItems, gasReportTexts } from '../schema/gas';
import type { ChecklistCategory, ReportItemKind } from '../../api/domain/gas/vocabulary';

export type NewReportItem = typeof gasReportItems.$inferInsert;

export async function insertReportItems(ex: Executor, rows: readonly NewReportItem[]): Promise<void> {
  await insertChunked(ex, gasReportItems, rows, Object.keys(gasReportItems).length);
}

export async function reportItemCounts(ex: Executor, groupNo: number, campaignId: string, roundNo: number) {
  const rows = await queryRows<{ kind: string; n: number }>(
    ex,
    sql`select kind, count(*)::int as n from gas_report_items
        where group_no = ${groupNo} and campaign_id = ${campaignId} and round_no = ${roundNo} group by kind`,
  );
  const of = (k: string) => Number(rows.find((r) => r.kind === k)?.n ?? 0);
  return { problems: of('problem'), suggestions: of('suggestion'), interviews: of('interview') };
}

export async function reportTexts(ex: Executor, groupNo: number, campaignId: string, roundNo: number): Promise<Record<string, string>> {
  const rows = await ex
    .select({ key: gasReportTexts.sectionKey, body: gasReportTexts.body })
    .from(gasReportTexts)
    .where(and(eq(gasReportTexts.groupNo, groupNo), eq(gasReportTexts.campaignId, campaignId), eq(gasReportTexts.roundNo, roundNo)));
  return Object.fromEntries(rows.map((r) => [r.key, r.body]));
}

export async function saveReportText(
  ex: Executor,
  t: { groupNo: number; campaignId: string; roundNo: number; sectionKey: string; body: string; updatedBy: string },
): Promise<void> {
  await ex
    .insert(gasReportTexts)
    .values(t)
    .onConflictDoUpdate({
      target: [gasReportTexts.groupNo, gasReportTexts.campaignId, gasReportTexts.roundNo, gasReportTexts.sectionKey],
      set: { body: t.body, updatedBy: t.updatedBy, updatedAt: sql`now()` },
    });
}

export interface ReportItemRow {
  id: number;
  kind: ReportItemKind;
  text: string;
  checklistCategory: ChecklistCategory | null;
  districtCode: string | null;
  recordedOn: string | null;
  createdBy: string | null;
}

const itemColumns = sql`id::int as id, kind, text, checklist_category as "checklistCategory", district_code as "districtCode",
  to_char(recorded_on, 'YYYY-MM-DD') as "recordedOn", created_by as "createdBy"`;

/** One group's report inputs for a round, oldest first. */
export async function reportItems(ex: Executor, groupNo: number, campaignId: string, roundNo: number): Promise<ReportItemRow[]> {
  return queryRows<ReportItemRow>(
    ex,
    sql`select ${itemColumns} from gas_report_items
        where group_no = ${groupNo} and campaign_id = ${campaignId} and round_no = ${roundNo} order by id`,
  );
}

export async function insertReportItem(ex: Executor, row: NewReportItem): Promise<ReportItemRow> {
  const [out] = await ex.insert(gasReportItems).values(row).returning({ id: gasReportItems.id });
  const [item] = await queryRows<ReportItemRow>(ex, sql`select ${itemColumns} from gas_report_items where id = ${out!.id}`);
  return item!;
}
