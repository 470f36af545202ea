import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { hazardCategoryLabels, hazardStatusLabels, severityLabels, type VenueType } from '../../../api/domain/gas/vocabulary';
import { HazardForm } from './HazardForm';
import { VisitForm } from './VisitForm';

/** A venue: its hazards, and forms to record a visit and a hazard (scope is checked by the server). */
export function VenuePanel({ venue, onClose, onHazard, onChanged }: { venue: { id: number; name: string; venueType?: VenueType }; onClose(): void; onHazard(id: number): void; onChanged(): void }) {
  const { tr } = useI18n();
  const list = useApi((o) => api.gas.hazards.$get({ query: { venueId: venue.id, limit: '200', offset: '0' } }, o), [venue.id]);
  const [message, setMessage] = useState<string | null>(null);
  const done = (m: string) => {
    setMessage(m);
    list.reload();
    onChanged();
  };
  const error = list.error;

  return (
    <div className="gas-panel" data-testid="gas-venue-panel">
      <button type="button" onClick={onClose}>← {tr('返回', 'Back')}</button>
      <h2>{venue.name}</h2>
      {message && <p className="gas-ok" role="status">{message}</p>}
      {error && <p className="error" role="alert">{error.message}</p>}
      <h3>{tr('本场所隐患', 'Hazards here')}</h3>
      {!list.data ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : list.data.features.length === 0 ? <p className="muted">{tr('暂无隐患记录', 'No hazards recorded')}</p> : (
        <ul className="gas-list">
          {list.data.features.map((f) => (
            <li key={f.properties.id}>
              <button type="button" className="link" onClick={() => onHazard(f.properties.id)}>#{f.properties.id}</button> {tr(hazardCategoryLabels[f.properties.category])} · {tr(severityLabels[f.properties.severity])} · {tr(hazardStatusLabels[f.properties.status])}
              {f.properties.overdue && <span className="error"> {tr('逾期', 'overdue')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{tr('登记走访', 'Record a visit')}</h3>
      <VisitForm venue={venue} onDone={done} />
      <h3>{tr('登记隐患', 'Record a hazard')}</h3>
      <HazardForm key={venue.id} venue={venue} onDone={done} />
    </div>
  );
}
