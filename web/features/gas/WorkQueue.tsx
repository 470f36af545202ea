import { useState } from 'react';
import { api } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';
import { groupLabel, inspectionGroups } from '../../../api/domain/gas/inspectionGroups';
import { workQueueKinds } from '../../../api/domain/gas/workQueue';
import { districtCodes, districtNames } from '../../../api/domain/geo/vocabulary';

/**
 * 我的任务: hazards due within 7 days or overdue and door-to-door checks due (东政办〔2023〕98号
 * §三(二)) in the user's scope, as the API orders them (overdue first); each opens its venue on the map.
 */
export function WorkQueue({ onVenue, reload, official }: { onVenue(id: number): void; reload: number; official: boolean }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  // Officials see the city's queue and narrow it; an inspector's scope is the own district already.
  const [filter, setFilter] = useState({ district: '', group: '', kind: '' });
  const query = { district: oneOf(districtCodes, filter.district), group: filter.group ? Number(filter.group) : undefined, kind: oneOf(workQueueKinds, filter.kind) };
  const queue = useApi((o) => api.gas['work-queue'].$get({ query: { days: '7', limit: '100', offset: '0', ...query } }, o), [reload, JSON.stringify(filter)], { keepPrevious: true });
  const q = queue.data;
  const set = (k: keyof typeof filter) => (e: { target: { value: string } }) => setFilter({ ...filter, [k]: e.target.value });
  const filters = official && (
    <div className="gas-filters" data-testid="gas-queue-filters">
      <label>{tr('片区', 'District')}<select value={filter.district} onChange={set('district')} data-testid="gas-queue-district"><option value="">{tr('全部', 'All')}</option>{districtCodes.map((c) => <option key={c} value={c}>{tr(districtNames[c])}</option>)}</select></label>
      <label>{tr('督查组', 'Group')}<select value={filter.group} onChange={set('group')} data-testid="gas-queue-group"><option value="">{tr('全部', 'All')}</option>{inspectionGroups.map((g) => <option key={g.no} value={g.no}>{tr(groupLabel(g.no))}</option>)}</select></label>
      <label>{tr('类型', 'Kind')}<select value={filter.kind} onChange={set('kind')} data-testid="gas-queue-kind"><option value="">{tr('全部', 'All')}</option><option value="hazard">{tr('隐患', 'Hazards')}</option><option value="safety_check">{tr('入户安检', 'Safety checks')}</option></select></label>
    </div>
  );
  if (queue.error) return <>{filters}<p className="error" role="alert">{queue.error.message}</p></>;
  if (!q) return <>{filters}<p className="muted">{tr('加载中…', 'Loading…')}</p></>;
  return (
    <div data-testid="gas-work-queue">
      {filters}
      <p className="muted">{tr(`截至 ${q.horizon}：隐患 ${q.counts.hazard} 条，入户安检 ${q.counts.safety_check} 户`, `Up to ${q.horizon}: ${q.counts.hazard} hazards, ${q.counts.safety_check} safety checks`)}</p>
      {q.items.length === 0 ? <p className="empty">{tr('没有到期任务', 'Nothing due')}</p> : (
        <ol className="gas-nearby-list">
          {q.items.map((t) => (
            <li key={`${t.kind}-${t.id}`}>
              <button type="button" className="gas-nearby-item" data-testid="gas-task" onClick={() => { map?.easeTo({ center: [t.lon, t.lat], zoom: Math.max(map.getZoom(), 16) }); onVenue(t.venueId); }}>
                <span className="name">{t.kind === 'hazard' ? tr(`隐患 #${t.id}`, `Hazard #${t.id}`) : tr('入户安检', 'Safety check')} · {t.venueName}</span>
                <span className={t.overdue ? 'error' : 'muted'}>{t.dueDate ? tr(`期限 ${t.dueDate}`, `due ${t.dueDate}`) : tr('从未安检', 'never checked')}{t.overdue ? tr('（已逾期）', ' (overdue)') : ''}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
