import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { districtCodes, districtNames, type DistrictCode } from '../../../api/domain/geo/vocabulary';

type Items = Awaited<ReturnType<typeof load>>;
type Kind = Items['items'][number]['kind'];
const load = (groupNo: number, round: number, campaign: string) =>
  unwrap(api.gas.reports[':groupNo'][':round'].items.$get({ param: { groupNo: String(groupNo), round: String(round) }, query: { campaign } }));

// 附件1 inputs the visit and hazard records cannot supply.
const kinds: { value: Kind; zh: string; en: string; placeholder: [string, string] }[] = [
  { value: 'problem', zh: '发现问题', en: 'Problem', placeholder: ['如：县燃气主管部门未建立隐患台账', 'e.g. no hazard ledger kept by the county'] },
  { value: 'suggestion', zh: '工作建议', en: 'Suggestion', placeholder: ['建议内容', 'The suggestion'] },
  { value: 'interview', zh: '谈话（人次）', en: 'Official interviewed', placeholder: ['单位及职务，如：县住建局副局长', 'Unit and post'] },
  { value: 'department', zh: '督查部门', en: 'Department visited', placeholder: ['部门名称，如：市交通运输局', 'Department name'] },
  { value: 'government', zh: '督查县区政府/园区管委会', en: 'Government visited', placeholder: ['如：民和县人民政府', 'e.g. county government'] },
];

/** Records the report's problems, suggestions, interviews and units visited; figures follow from them. */
export function ReportInputs({ groupNo, round, campaign, ownDistrict, onChanged }: { groupNo: number; round: number; campaign: string; ownDistrict?: DistrictCode; onChanged(): void }) {
  const { tr } = useI18n();
  const [list, setList] = useState<Items | null>(null);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [form, setForm] = useState({ kind: 'problem' as Kind, text: '', districtCode: ownDistrict ?? '630202', recordedOn: '' });
  const [reload, setReload] = useState(0);
  useEffect(() => {
    setList(null);
    load(groupNo, round, campaign).then(setList).catch((e: Error) => setError({ text: e.message }));
  }, [groupNo, round, campaign, reload]);

  const isVisit = form.kind === 'department' || form.kind === 'government';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await unwrap(
        api.gas.reports[':groupNo'][':round'].items.$post({
          param: { groupNo: String(groupNo), round: String(round) },
          json: { campaign, kind: form.kind, text: form.text, districtCode: isVisit ? (form.districtCode as DistrictCode) : undefined, recordedOn: form.recordedOn || undefined },
        }),
      );
      setForm({ ...form, text: '' });
      setReload((n) => n + 1);
      onChanged();
    } catch (err) {
      setError({ text: (err as Error).message, field: err instanceof ApiError ? err.field : undefined });
    }
  };
  const kindLabel = (k: Kind) => {
    const d = kinds.find((x) => x.value === k)!;
    return tr(d.zh, d.en);
  };
  const current = kinds.find((k) => k.value === form.kind)!;

  return (
    <div className="gas-section" data-testid="gas-report-inputs">
      <h4>{tr('报告录入（问题、建议、谈话、督查部门）', 'Report inputs (problems, suggestions, interviews, units visited)')}</h4>
      {error && <p className="error" role="alert">{error.text}</p>}
      {!list ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : list.items.length === 0 ? <p className="muted">{tr('尚无录入', 'Nothing recorded yet')}</p> : (
        <ul className="gas-list" data-testid="gas-report-items">
          {list.items.map((i) => (
            <li key={i.id}>{kindLabel(i.kind)}：{i.text}{i.districtCode ? `（${tr(districtNames[i.districtCode as DistrictCode]?.zh ?? i.districtCode, districtNames[i.districtCode as DistrictCode]?.en ?? i.districtCode)}）` : ''}{i.recordedOn ? ` · ${i.recordedOn}` : ''}</li>
          ))}
        </ul>
      )}
      <form className="gas-form" onSubmit={submit}>
        <label>{tr('类别', 'Kind')}<select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })} data-testid="gas-item-kind">{kinds.map((k) => <option key={k.value} value={k.value}>{tr(k.zh, k.en)}</option>)}</select></label>
        <label>{tr('日期', 'Date')}<input type="date" value={form.recordedOn} onChange={(e) => setForm({ ...form, recordedOn: e.target.value })} className={error?.field === 'recordedOn' ? 'invalid' : undefined} /></label>
        <label className="wide">{tr('内容', 'Text')}<input required value={form.text} placeholder={tr(...current.placeholder)} onChange={(e) => setForm({ ...form, text: e.target.value })} className={error?.field === 'text' ? 'invalid' : undefined} data-testid="gas-item-text" /></label>
        {isVisit && (
          <label>{tr('所在片区', 'District')}<select value={form.districtCode} disabled={!!ownDistrict} onChange={(e) => setForm({ ...form, districtCode: e.target.value as DistrictCode })} className={error?.field === 'districtCode' ? 'invalid' : undefined}>{districtCodes.map((d) => <option key={d} value={d}>{tr(districtNames[d].zh, districtNames[d].en)}</option>)}</select></label>
        )}
        <button type="submit" className="primary wide" data-testid="gas-item-submit">{tr('录入', 'Record')}</button>
      </form>
    </div>
  );
}
