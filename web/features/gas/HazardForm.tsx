import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useI18n } from '../../i18n/i18n';
import { useOutbox } from '../../offline/outbox';
import { useDevicePosition } from '../../map/devicePosition';
import type { HazardBody } from '../../offline/outboxStore';
import { PhotoError, resizePhoto } from '../../offline/resizePhoto';
import { enterpriseHazardCategories, hazardCategoryLabels, isEnterpriseType, severities, severityLabels, venueHazardCategories, type VenueType } from '../../../api/domain/gas/vocabulary';
import { plusDays, todayHere } from './gasWords';
import { RoundRuleNote } from './RoundRuleNote';

/** The hazard form: the fields of the API's hazard body that a user fills in. */
type Fields = Required<Pick<HazardBody, 'category' | 'severity' | 'description' | 'responsibleUnit' | 'responsiblePerson' | 'measures' | 'rectificationRequirement' | 'foundAt' | 'deadline' | 'interimMeasures'>>;

/**
 * Records a hazard with photos taken by the phone's camera, resized on the device; sent now, or
 * queued with its photos when there is no connection.
 */
export function HazardForm({ venue, onDone }: { venue: { id: number; name: string; venueType?: VenueType }; onDone(message: string): void }) {
  const { tr } = useI18n();
  const { submitHazard } = useOutbox();
  // The device position, when located, goes with the record as its on-site proof (issue 10).
  const { position } = useDevicePosition();
  const today = todayHere();
  const categories = venue.venueType && isEnterpriseType(venue.venueType) ? enterpriseHazardCategories : venueHazardCategories;
  const blank: Fields = { category: categories[0], severity: severities[0], description: '', responsibleUnit: '', responsiblePerson: '', measures: '', rectificationRequirement: '', foundAt: today, deadline: plusDays(today, 7), interimMeasures: '' };
  const [form, setForm] = useState<Fields>(blank);
  const [photos, setPhotos] = useState<{ blob: Blob; fileName: string; url: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const addPhotos = async (files: FileList | null) => {
    setError(null);
    for (const file of Array.from(files ?? [])) {
      try {
        const blob = await resizePhoto(file);
        setPhotos((ps) => [...ps, { blob, fileName: file.name.replace(/\.[^.]*$/, '') + '.jpg', url: URL.createObjectURL(blob) }]);
      } catch (e) {
        setError(e instanceof PhotoError ? new Error(tr(`「${file.name}」不是可识别的图片，请重新拍照`, `“${file.name}” is not an image this phone can read; take the photo again`)) : (e as Error));
      }
    }
  };

  const record = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { interimMeasures, rectificationRequirement, ...rest } = form;
      const at = position ? { lon: position.lon, lat: position.lat, accuracy: position.accuracy } : undefined;
      const r = await submitHazard({ venueId: venue.id, ...rest, rectificationRequirement: rectificationRequirement || undefined, interimMeasures: interimMeasures || undefined, position: at }, photos.map((p) => ({ blob: p.blob, fileName: p.fileName, stage: 'finding' as const })), { zh: `隐患 ${venue.name}：${form.description.slice(0, 20)}`, en: `Hazard at ${venue.name}: ${form.description.slice(0, 30)}` });
      onDone('sent' in r ? tr(`已登记隐患 #${r.sent.id}`, `Hazard #${r.sent.id} recorded`) : tr('隐患已保存在本机，联网后自动发送', 'Hazard saved on this device; sent when the connection returns'));
      for (const p of photos) URL.revokeObjectURL(p.url);
      setPhotos([]);
      setForm(blank);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  const set = (k: 'description' | 'responsibleUnit' | 'responsiblePerson' | 'measures' | 'rectificationRequirement' | 'foundAt' | 'deadline' | 'interimMeasures') => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const bad = (f: string) => (error instanceof ApiError && error.field === f ? 'invalid' : undefined);

  return (
    <form className="gas-form" onSubmit={record} data-testid="gas-hazard-form">
      {error && <p className="error wide" role="alert">{error.message}</p>}
      <label>{tr('检查项', 'Checklist item')}<select value={form.category} onChange={(e) => setForm({ ...form, category: oneOf(categories, e.target.value) ?? form.category })} data-testid="gas-f-category">{categories.map((c) => <option key={c} value={c}>{tr(hazardCategoryLabels[c])}</option>)}</select></label>
      <label>{tr('等级', 'Severity')}<select value={form.severity} onChange={(e) => setForm({ ...form, severity: oneOf(severities, e.target.value) ?? form.severity })} data-testid="gas-f-severity">{severities.map((v) => <option key={v} value={v}>{tr(severityLabels[v])}</option>)}</select></label>
      <label className="wide">{tr('隐患描述', 'Description')}<textarea required value={form.description} onChange={set('description')} className={bad('description')} data-testid="gas-f-description" /></label>
      <label>{tr('责任单位', 'Responsible unit')}<input required value={form.responsibleUnit} onChange={set('responsibleUnit')} className={bad('responsibleUnit')} data-testid="gas-f-unit" /></label>
      <label>{tr('责任人', 'Responsible person')}<input required value={form.responsiblePerson} onChange={set('responsiblePerson')} className={bad('responsiblePerson')} data-testid="gas-f-person" /></label>
      <label className="wide">{tr('整改措施', 'Measures')}<textarea required value={form.measures} onChange={set('measures')} className={bad('measures')} data-testid="gas-f-measures" /></label>
      <label className="wide">{tr('整改要求', 'Rectification requirement')}<textarea value={form.rectificationRequirement} onChange={set('rectificationRequirement')} className={bad('rectificationRequirement')} data-testid="gas-f-requirement" /></label>
      <label>{tr('发现日期', 'Found on')}<input type="date" required max={today} value={form.foundAt} onChange={set('foundAt')} className={bad('foundAt')} data-testid="gas-f-found" /></label>
      <RoundRuleNote date={form.foundAt} testId="gas-hazard-round" />
      <label>{tr('整改时限', 'Deadline')}<input type="date" required min={form.foundAt} value={form.deadline} onChange={set('deadline')} className={bad('deadline')} data-testid="gas-f-deadline" /></label>
      {form.severity === 'major' && <label className="wide">{tr('临时管控措施', 'Interim control measures')}<textarea value={form.interimMeasures} onChange={set('interimMeasures')} /></label>}
      <label className="wide photo-pick">
        {tr('现场照片（拍照，自动压缩）', 'Photos (camera, resized on the phone)')}
        <input type="file" accept="image/*" capture="environment" multiple onChange={(e) => { void addPhotos(e.target.files); e.target.value = ''; }} data-testid="gas-f-photo" />
      </label>
      {photos.length > 0 && (
        <ul className="photo-thumbs wide" data-testid="gas-f-photos">
          {photos.map((p, i) => (
            <li key={p.url}>
              <img src={p.url} alt={tr(`照片 ${i + 1}`, `photo ${i + 1}`)} />
              <button type="button" aria-label={tr('移除照片', 'Remove photo')} onClick={() => { URL.revokeObjectURL(p.url); setPhotos(photos.filter((x) => x !== p)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary wide" disabled={busy} data-testid="gas-hazard-submit">{busy ? tr('正在保存…', 'Saving…') : tr('登记隐患', 'Record hazard')}</button>
    </form>
  );
}
