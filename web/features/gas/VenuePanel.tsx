import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { hazardCategoryLabels, hazardStatusLabels, pipelineUserKindLabels, severityLabels, venueTypeLabels } from '../../../api/domain/gas/vocabulary';
import { HazardForm } from './HazardForm';
import { VisitForm } from './VisitForm';

/**
 * A venue's page: its facts (type, address, pipeline-user kind, last visit, last door-to-door
 * check and the next one due, open hazards) and the forms to record a visit and a hazard. The
 * server decides the scope (another district's venue is 404). Kept by the service worker, so it
 * opens offline once seen online.
 */
export function VenuePanel({ venueId, onClose, onHazard, onChanged }: { venueId: number; onClose(): void; onHazard(id: number): void; onChanged(): void }) {
  const { tr } = useI18n();
  const facts = useApi((o) => api.gas.venues[':id'].$get({ param: { id: String(venueId) } }, o), [venueId]);
  const [message, setMessage] = useState<string | null>(null);
  const done = (m: string) => {
    setMessage(m);
    facts.reload();
    onChanged();
  };
  const v = facts.data;

  return (
    <div className="gas-panel" data-testid="gas-venue-panel">
      <button type="button" onClick={onClose}>← {tr('返回', 'Back')}</button>
      {facts.error && <p className="error" role="alert">{facts.error.message}</p>}
      {!v ? (!facts.error && <p className="muted">{tr('加载中…', 'Loading…')}</p>) : (
        <>
          <h2 data-testid="gas-venue-name">{v.name}</h2>
          {message && <p className="gas-ok" role="status">{message}</p>}
          <dl className="kv" data-testid="gas-venue-facts">
            <dt>{tr('场所类型', 'Venue type')}</dt><dd>{tr(venueTypeLabels[v.venueType])}</dd>
            <dt>{tr('地址', 'Address')}</dt><dd>{v.address ?? '—'}（{placeName(tr, v.districtCode)}）</dd>
            <dt>{tr('用户类别', 'Gas user kind')}</dt><dd>{tr(pipelineUserKindLabels[v.pipelineUserKind])}</dd>
            <dt>{tr('最近走访', 'Last visit')}</dt><dd data-testid="gas-venue-last-visit">{v.lastVisitOn ?? tr('尚无走访', 'never visited')}{v.visits > 0 ? tr(`（共 ${v.visits} 次）`, ` (${v.visits} in all)`) : ''}</dd>
            <dt>{tr('入户安检', 'Safety check')}</dt>
            <dd className={v.safetyCheck.overdue ? 'error' : undefined}>
              {v.pipelineUserKind === 'none' ? tr('非管道用户，无入户安检要求', 'no pipeline check duty') : `${v.lastSafetyCheckOn ?? tr('从未安检', 'never checked')}${v.safetyCheck.dueDate ? tr(` · 下次 ${v.safetyCheck.dueDate}`, ` · next ${v.safetyCheck.dueDate}`) : ''}${v.safetyCheck.overdue ? tr('（已逾期）', ' (overdue)') : ''}`}
            </dd>
          </dl>
          <h3>{tr('未销号隐患', 'Open hazards')}（{v.openHazards.length}）</h3>
          {v.openHazards.length === 0 ? <p className="muted">{tr('暂无未销号隐患', 'No open hazards')}</p> : (
            <ul className="gas-list" data-testid="gas-venue-hazards">
              {v.openHazards.map((h) => (
                <li key={h.id}>
                  <button type="button" className="link" onClick={() => onHazard(h.id)}>#{h.id}</button> {tr(hazardCategoryLabels[h.category])} · {tr(severityLabels[h.severity])} · {tr(hazardStatusLabels[h.status])} · {tr('时限', 'due')} {h.deadline}
                </li>
              ))}
            </ul>
          )}
          <h3>{tr('登记走访', 'Record a visit')}</h3>
          <VisitForm venue={v} onDone={done} />
          <h3>{tr('登记隐患', 'Record a hazard')}</h3>
          <HazardForm key={v.id} venue={v} onDone={done} />
        </>
      )}
    </div>
  );
}
