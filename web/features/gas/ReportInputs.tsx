import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { districtCodes, districtNames, type DistrictCode } from '../../../api/domain/geo/vocabulary';
import { reportItemKinds, type ReportItemKind } from '../../../api/domain/gas/vocabulary';
import type { Bilingual } from '../../../api/domain/shared/bilingual';

type Kind = ReportItemKind;

// 附件1 inputs the visit and hazard records cannot supply.
const kinds: Record<Kind, { label: Bilingual; placeholder: Bilingual }> = {
  problem: { label: { zh: '发现问题', en: 'Problem' }, placeholder: { zh: '如：县燃气主管部门未建立隐患台账', en: 'e.g. no hazard ledger kept by the county' } },
  suggestion: { label: { zh: '工作建议', en: 'Suggestion' }, placeholder: { zh: '建议内容', en: 'The suggestion' } },
  interview: { label: { zh: '谈话（人次）', en: 'Official interviewed' }, placeholder: { zh: '单位及职务，如：县住建局副局长', en: 'Unit and post' } },
  department: { label: { zh: '督查部门', en: 'Department visited' }, placeholder: { zh: '部门名称，如：市交通运输局', en: 'Department name' } },
  government: { label: { zh: '督查县区政府/园区管委会', en: 'Government visited' }, placeholder: { zh: '如：民和县人民政府', en: 'e.g. county government' } },
};

/** Records the report's problems, suggestions, interviews and units visited; figures follow from them. */
export function ReportInputs({ groupNo, round, campaign, ownDistrict, onChanged }: { groupNo: number; round: number; campaign: string; ownDistrict?: DistrictCode; onChanged(): void }) {
  const { tr } = useI18n();
  const param = { groupNo: String(groupNo), round: String(round) };
  const list = useApi((o) => api.gas.reports[':groupNo'][':round'].items.$get({ param, query: { campaign } }, o), [groupNo, round, campaign]);
  const action = useAction();
  const [form, setForm] = useState<{ kind: Kind; text: string; districtCode: DistrictCode; recordedOn: string }>({ kind: 'problem', text: '', districtCode: ownDistrict ?? districtCodes[0], recordedOn: '' });

  const isVisit = form.kind === 'department' || form.kind === 'government';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await action.run(() =>
      api.gas.reports[':groupNo'][':round'].items.$post({ param, json: { campaign, kind: form.kind, text: form.text, districtCode: isVisit ? form.districtCode : undefined, recordedOn: form.recordedOn || undefined } }),
    );
    if (!saved) return;
    setForm({ ...form, text: '' });
    list.reload();
    onChanged();
  };
  const error = action.error ?? list.error;
  const errorField = error instanceof ApiError ? error.field : undefined;
  const invalid = (field: string) => (errorField === field ? 'invalid' : undefined);

  return (
    <div className="gas-section" data-testid="gas-report-inputs">
      <h4>{tr('报告录入（问题、建议、谈话、督查部门）', 'Report inputs (problems, suggestions, interviews, units visited)')}</h4>
      {error && <p className="error" role="alert">{error.message}</p>}
      {!list.data ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : list.data.items.length === 0 ? <p className="muted">{tr('尚无录入', 'Nothing recorded yet')}</p> : (
        <ul className="gas-list" data-testid="gas-report-items">
          {list.data.items.map((i) => (
            <li key={i.id}>{tr(kinds[i.kind].label)}：{i.text}{i.districtCode ? `（${placeName(tr, i.districtCode)}）` : ''}{i.recordedOn ? ` · ${i.recordedOn}` : ''}</li>
          ))}
        </ul>
      )}
      <form className="gas-form" onSubmit={submit}>
        <label>{tr('类别', 'Kind')}<select value={form.kind} onChange={(e) => setForm({ ...form, kind: oneOf(reportItemKinds, e.target.value) ?? form.kind })} data-testid="gas-item-kind">{reportItemKinds.map((k) => <option key={k} value={k}>{tr(kinds[k].label)}</option>)}</select></label>
        <label>{tr('日期', 'Date')}<input type="date" value={form.recordedOn} onChange={(e) => setForm({ ...form, recordedOn: e.target.value })} className={invalid('recordedOn')} /></label>
        <label className="wide">{tr('内容', 'Text')}<input required value={form.text} placeholder={tr(kinds[form.kind].placeholder)} onChange={(e) => setForm({ ...form, text: e.target.value })} className={invalid('text')} data-testid="gas-item-text" /></label>
        {isVisit && (
          <label>{tr('所在片区', 'District')}<select value={form.districtCode} disabled={!!ownDistrict} onChange={(e) => setForm({ ...form, districtCode: oneOf(districtCodes, e.target.value) ?? form.districtCode })} className={invalid('districtCode')}>{districtCodes.map((d) => <option key={d} value={d}>{tr(districtNames[d])}</option>)}</select></label>
        )}
        <button type="submit" className="primary wide" data-testid="gas-item-submit">{tr('录入', 'Record')}</button>
      </form>
    </div>
  );
}
