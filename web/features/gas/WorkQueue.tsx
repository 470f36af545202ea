import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';

/**
 * 我的任务: hazards due within 7 days or overdue and door-to-door checks due (东政办〔2023〕98号
 * §三(二)) in the user's scope, as the API orders them (overdue first); each opens its venue on the map.
 */
export function WorkQueue({ onVenue, reload }: { onVenue(id: number): void; reload: number }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  const queue = useApi((o) => api.gas['work-queue'].$get({ query: { days: '7', limit: '100', offset: '0' } }, o), [reload], { keepPrevious: true });
  const q = queue.data;
  if (queue.error) return <p className="error" role="alert">{queue.error.message}</p>;
  if (!q) return <p className="muted">{tr('加载中…', 'Loading…')}</p>;
  return (
    <div data-testid="gas-work-queue">
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
