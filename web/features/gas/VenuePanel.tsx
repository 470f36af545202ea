import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { enterpriseHazardCategories, hazardCategoryLabels, hazardStatusLabels, isEnterpriseType, severities, severityLabels, venueHazardCategories, type VenueType } from '../../../api/domain/gas/vocabulary';

const todayHere = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

/** The hazard form: the fields of the API's hazard body that a user fills in. */
type HazardForm = Required<Pick<Parameters<typeof api.gas.hazards.$post>[0]['json'], 'category' | 'severity' | 'description' | 'responsibleUnit' | 'responsiblePerson' | 'measures' | 'deadline' | 'interimMeasures'>>;

/** A venue: its hazards, and forms to record a visit and a hazard (scope is checked by the server). */
export function VenuePanel({ venue, onClose, onHazard, onChanged }: { venue: { id: number; name: string; venueType?: VenueType }; onClose(): void; onHazard(id: number): void; onChanged(): void }) {
  const { tr } = useI18n();
  const list = useApi((o) => api.gas.hazards.$get({ query: { venueId: venue.id, limit: '200', offset: '0' } }, o), [venue.id]);
  const action = useAction();
  const [message, setMessage] = useState<string | null>(null);
  const today = todayHere();
  const categories = venue.venueType && isEnterpriseType(venue.venueType) ? enterpriseHazardCategories : venueHazardCategories;
  const [form, setForm] = useState<HazardForm>({ category: categories[0], severity: severities[0], description: '', responsibleUnit: '', responsiblePerson: '', measures: '', deadline: plusDays(today, 7), interimMeasures: '' });
  const [inspectors, setInspectors] = useState('');

  const recordVisit = async (e: FormEvent) => {
    e.preventDefault();
    const v = await action.run(() => api.gas.visits.$post({ json: { venueId: venue.id, inspectors } }));
    if (!v) return;
    setMessage(tr(`已登记走访（第 ${v.roundNo} 轮）`, `Visit recorded (round ${v.roundNo})`));
    onChanged();
  };
  const recordHazard = async (e: FormEvent) => {
    e.preventDefault();
    const { interimMeasures, ...rest } = form;
    const h = await action.run(() => api.gas.hazards.$post({ json: { venueId: venue.id, ...rest, interimMeasures: interimMeasures || undefined } }));
    if (!h) return;
    setMessage(tr(`已登记隐患 #${h.id}`, `Hazard #${h.id} recorded`));
    list.reload();
    onChanged();
  };
  const error = action.error ?? list.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const set = (k: 'description' | 'responsibleUnit' | 'responsiblePerson' | 'measures' | 'deadline' | 'interimMeasures') => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const bad = (f: string) => (errorField === f ? 'invalid' : undefined);

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
      <form className="gas-form" onSubmit={recordVisit}>
        <label>{tr('督查人员', 'Inspectors')}<input required value={inspectors} onChange={(e) => setInspectors(e.target.value)} data-testid="gas-visit-inspectors" /></label>
        <button type="submit" data-testid="gas-visit-submit">{tr('登记走访（今日）', 'Record visit (today)')}</button>
      </form>
      <h3>{tr('登记隐患', 'Record a hazard')}</h3>
      <form className="gas-form" onSubmit={recordHazard} data-testid="gas-hazard-form">
        <label>{tr('检查项', 'Checklist item')}<select value={form.category} onChange={(e) => setForm({ ...form, category: oneOf(categories, e.target.value) ?? form.category })} data-testid="gas-f-category">{categories.map((c) => <option key={c} value={c}>{tr(hazardCategoryLabels[c])}</option>)}</select></label>
        <label>{tr('等级', 'Severity')}<select value={form.severity} onChange={(e) => setForm({ ...form, severity: oneOf(severities, e.target.value) ?? form.severity })} data-testid="gas-f-severity">{severities.map((v) => <option key={v} value={v}>{tr(severityLabels[v])}</option>)}</select></label>
        <label className="wide">{tr('隐患描述', 'Description')}<textarea required value={form.description} onChange={set('description')} className={bad('description')} data-testid="gas-f-description" /></label>
        <label>{tr('责任单位', 'Responsible unit')}<input required value={form.responsibleUnit} onChange={set('responsibleUnit')} data-testid="gas-f-unit" /></label>
        <label>{tr('责任人', 'Responsible person')}<input required value={form.responsiblePerson} onChange={set('responsiblePerson')} data-testid="gas-f-person" /></label>
        <label className="wide">{tr('整改措施', 'Measures')}<textarea required value={form.measures} onChange={set('measures')} data-testid="gas-f-measures" /></label>
        <label>{tr('整改时限', 'Deadline')}<input type="date" required min={today} value={form.deadline} onChange={set('deadline')} className={bad('deadline')} data-testid="gas-f-deadline" /></label>
        {form.severity === 'major' && <label className="wide">{tr('临时管控措施', 'Interim control measures')}<textarea value={form.interimMeasures} onChange={set('interimMeasures')} /></label>}
        <button type="submit" className="primary wide" data-testid="gas-hazard-submit">{tr('登记隐患', 'Record hazard')}</button>
      </form>
    </div>
  );
}
