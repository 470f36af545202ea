import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { roundRule } from '../../../api/domain/gas/campaigns';

/**
 * Beside a field record's date: the round that day falls in, or the notice that it is outside
 * every round and will be kept as "轮次外" — and the rule itself (campaigns.roundRule, the text
 * the API answers with every record). The round is the one the API picks: of the rounds whose
 * dates contain the day, the latest to start (gasCampaigns.roundContaining).
 */
export function RoundRuleNote({ date, testId }: { date: string; testId: string }) {
  const { tr } = useI18n();
  const campaigns = useApi((o) => api.gas.campaigns.$get(undefined, o), []);
  const hit = campaigns.data
    ?.flatMap((c) => c.rounds.map((r) => ({ c, r })))
    .filter(({ r }) => r.startsOn <= date && date <= r.endsOn)
    .sort((a, b) => b.r.startsOn.localeCompare(a.r.startsOn))[0];
  return (
    <p className="muted wide gas-round-note" data-testid={testId}>
      {campaigns.data && date && (hit
        ? <span data-testid={`${testId}-round`}>{tr(`计入「${hit.c.title}」第${hit.r.no}轮（${hit.r.nameZh}，${hit.r.startsOn}～${hit.r.endsOn}）。`, `Counts in round ${hit.r.no} (${hit.r.nameEn}, ${hit.r.startsOn}–${hit.r.endsOn}) of “${hit.c.title}”.`)}</span>
        : <strong className="gas-outside-badge" data-testid={`${testId}-outside`}>{tr('该日期不在任何督查轮次内：将记为「轮次外」，仍在地图、列表和统计中显示。', 'This date is outside every inspection round: the record is kept as “outside a round” and still shown on the map, in lists and in counts.')}</strong>)}
      {' '}{tr(roundRule)}
    </p>
  );
}
