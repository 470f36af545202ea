import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { hazardCategoryLabels, hazardStatusLabels, venueTypeLabels } from '../../../api/domain/gas/vocabulary';
import { daysText } from './gasWords';
import { groupLabel } from '../../../api/domain/gas/inspectionGroups';


/** 挂牌督办: open majors with days left or overdue, most urgent first. */
export function MajorBoard({ onHazard, reload }: { onHazard(id: number): void; reload: number }) {
  const { tr } = useI18n();
  const { data, error } = useApi((o) => api.gas['major-board'].$get({ query: {} }, o), [reload]);
  if (error) return <p className="error">{tr('加载失败：', 'Failed to load: ') + error.message}</p>;
  if (!data) return <p className="muted">{tr('加载中…', 'Loading…')}</p>;
  if (data.items.length === 0) return <p className="muted">{tr('无未销号的重大隐患', 'No open major hazards')}</p>;
  return (
    <table className="gas-board" data-testid="gas-major-board">
      <thead><tr><th>#</th><th>{tr('场所', 'Venue')}</th><th>{tr('类别', 'Category')}</th><th>{tr('状态', 'Status')}</th><th>{tr('时限', 'Deadline')}</th></tr></thead>
      <tbody>
        {data.items.map((b) => (
          <tr key={b.id} className={b.overdue ? 'gas-overdue' : ''}>
            <td><button type="button" className="link" onClick={() => onHazard(b.id)}>{b.id}</button></td>
            <td>{b.venueName}<div className="muted">{placeName(tr, b.districtCode)} · {tr(venueTypeLabels[b.venueType])}</div></td>
            <td>{tr(hazardCategoryLabels[b.category])}</td>
            <td>{tr(hazardStatusLabels[b.status])}{b.interimControlMissing && <div className="error">{tr('未落实临时管控', 'No interim control')}</div>}</td>
            <td>{b.deadline}<div className={b.overdue ? 'error' : 'muted'}>{daysText(tr, b.daysLeft)}</div></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Coverage per group and round as progress bars (§一(三) full coverage), with the group's
 * inspection days there flagged when below the campaign's setting ("原则上每次督查时间不少于一周",
 * 东政办〔2023〕98号 §一(一)), and the records dated outside every round counted (roundRule).
 */
export function CoverageBars({ campaign, document, reload }: { campaign?: string; document?: string; reload: number }) {
  const { tr } = useI18n();
  const { data, error } = useApi((o) => api.gas.coverage.$get({ query: campaign ? { campaign } : {} }, o), [campaign, reload]);
  if (error) return <p className="error">{tr('加载失败：', 'Failed to load: ') + error.message}</p>;
  if (!data) return <p className="muted">{tr('加载中…', 'Loading…')}</p>;
  if (data.rows.length === 0) return <p className="muted">{tr('暂无覆盖数据', 'No coverage data')}</p>;
  const minDays = data.rows[0]!.minDaysPerRound;
  const basis = document ?? '东政办〔2023〕98号';
  return (
    <div data-testid="gas-coverage">
      <p className="muted" data-testid="gas-coverage-days-rule">
        {tr(`督查天数按各组在片区内有走访记录的日期计；${basis} §一(一)「原则上每次督查时间不少于一周」，本活动设定每轮不少于 ${minDays} 天，不足的标为「不足一周」。`,
          `Inspection days count the days a group recorded a visit in the district; ${basis} §1(1) "each inspection lasts, in principle, no less than a week": this campaign requires at least ${minDays} days per round, fewer is flagged "below 7 days".`)}
      </p>
      {data.rounds.map((r) => (
        <div key={r.no}>
          <h4>{tr(`第${r.no}轮 ${r.nameZh}（${r.startsOn}～${r.endsOn}）`, `Round ${r.no} ${r.nameEn} (${r.startsOn}–${r.endsOn})`)}</h4>
          {data.rows.filter((row) => row.roundNo === r.no).map((row) => (
            <div key={`${row.groupNo}-${row.district}`} className="gas-progress" data-testid="gas-coverage-row" data-group={row.groupNo} data-round={row.roundNo} data-district={row.district}>
              <span>{tr(groupLabel(row.groupNo))} · {placeName(tr, row.district)}</span>
              <progress max={Math.max(1, row.venues)} value={row.visited} />
              <span className="muted">{row.visited}/{row.venues}（{row.share === null ? '—' : `${Math.round(row.share * 100)}%`}）</span>
              <span className="gas-days" data-testid="gas-coverage-days">
                {tr(`督查 ${row.inspectionDays} 天`, `${row.inspectionDays} inspection days`)}
                {row.belowMinDays && (
                  <strong className="gas-flag" data-testid="gas-coverage-below" title={tr(`${basis} §一(一)：每次督查时间不少于一周（${row.minDaysPerRound} 天）`, `${basis} §1(1): at least a week (${row.minDaysPerRound} days) per inspection`)}>
                    {tr(`不足一周（少于 ${row.minDaysPerRound} 天${row.roundEnded ? '' : '，本轮尚未结束'}）`, `below ${row.minDaysPerRound} days${row.roundEnded ? '' : ' (round still running)'}`)}
                  </strong>
                )}
              </span>
            </div>
          ))}
        </div>
      ))}
      <section data-testid="gas-coverage-outside">
        <h4>{tr('轮次外记录', 'Records outside a round')}</h4>
        <p className="muted">{tr(data.roundRule)}</p>
        {data.outsideRound.length === 0 ? <p className="muted">{tr('没有轮次外记录', 'No records outside a round')}</p> : (
          <ul className="gas-list">
            {data.outsideRound.map((o) => (
              <li key={o.district} data-testid="gas-coverage-outside-row" data-district={o.district}>
                {placeName(tr, o.district)}：{tr(`走访 ${o.visits} 次、隐患 ${o.hazards} 条`, `${o.visits} visits, ${o.hazards} hazards`)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Pipeline users overdue for the door-to-door safety check (§三(二)). */
export function DueChecks({ reload }: { reload: number }) {
  const { tr } = useI18n();
  const { data, error } = useApi((o) => api.gas['safety-checks'].due.$get({ query: { limit: '30', offset: '0' } }, o), [reload]);
  if (error) return <p className="error">{tr('加载失败：', 'Failed to load: ') + error.message}</p>;
  if (!data) return <p className="muted">{tr('加载中…', 'Loading…')}</p>;
  if (data.total === 0) return <p className="muted">{tr('无逾期入户安检', 'No overdue safety checks')}</p>;
  return (
    <div data-testid="gas-due">
      <p className="muted">{tr(`共 ${data.total} 个管道燃气用户入户安检逾期（非居民 1 年、居民 2 年）`, `${data.total} pipeline users overdue (non-residential 1 y, residential 2 y)`)}</p>
      <ul className="gas-list">
        {data.items.map((v) => (
          <li key={v.id}>{v.name} <span className="muted">{v.lastSafetyCheckOn ? tr(`上次 ${v.lastSafetyCheckOn}，应于 ${v.dueDate} 前`, `last ${v.lastSafetyCheckOn}, due ${v.dueDate}`) : tr('从未安检', 'never checked')}</span></li>
        ))}
      </ul>
    </div>
  );
}
