import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { useDebounced } from '../../shell/useDebounced';
import { supplyMethods, supplyMethodLabels, parcelUseLabels, type SupplyMethod } from '../../../api/domain/underground/vocabulary';
import { SectionDiagram } from './SectionDiagram';

export const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (s: number) => `${Number((s * 100).toFixed(2))}%`;

/** Side panel of one parcel: section, fee per layer with its article, term, conflicts, connections, what-if. */
export function ParcelPanel({ id, onClose }: { id: number; onClose(): void }) {
  const { tr, lang } = useI18n();
  // The fee reasons and the term are worded by the server in the user's language.
  const parcel = useApi((o) => api.underground.parcels[':id'].$get({ param: { id: String(id) } }, o), [id, lang]);
  const detail = parcel.data;
  const [price, setPrice] = useState('');
  const [supply, setSupply] = useState<SupplyMethod>('agreement');
  const [parking, setParking] = useState(false);
  // The controls start from the parcel's values once per parcel: the detail is fetched again when the
  // language switches (the server words the reasons), and what the user typed must survive that.
  const initialised = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!detail || initialised.current === detail.id) return;
    initialised.current = detail.id;
    setPrice(String(detail.surfaceUnitPrice));
    setSupply(detail.supply);
    setParking(detail.publicParking);
  }, [detail]);

  // Re-quote live through the stateless API once the what-if controls rest for 250 ms; the last
  // quote stays shown meanwhile, and none is asked while they equal the parcel's own values.
  const controls = useDebounced({ price, supply, parking }, 250);
  const unit = Number(controls.price);
  const changed = !!detail && (unit !== detail.surfaceUnitPrice || controls.supply !== detail.supply || controls.parking !== detail.publicParking);
  const whatIf = useApi(
    changed
      ? (o) =>
          api.underground['fee-quote'].$post({
            json: {
              supply: controls.supply, use: detail.use, surfaceAllocated: detail.surfaceAllocated, publicParking: controls.parking, surfaceUnitPrice: controls.price === '' ? Number.NaN : unit, date: detail.termStart,
              layers: detail.layers.map((l) => ({ level: l.level, topDepth: l.topDepth, bottomDepth: l.bottomDepth, netHeight: l.netHeight, area: l.projectionArea })),
            },
          }, o)
      : null,
    [detail, controls, changed],
    { keepPrevious: true },
  );

  if (parcel.error) return <p className="error">{tr('地块加载失败：', 'Could not load the parcel: ') + parcel.error.message}</p>;
  if (!detail) return <p className="loading">{tr('正在加载地块…', 'Loading parcel…')}</p>;
  // A refused what-if (e.g. an empty or negative price) shows its labelled message and no total of
  // an earlier what-if: the table falls back to the parcel's own fee, marked as such.
  const quote = changed && !whatIf.error && !(whatIf.loading && controls.price === '') ? whatIf.data : undefined;
  const fee = quote ?? detail.fee;
  return (
    <div className="ug-panel" data-testid="ug-parcel-panel">
      <div className="toolbar">
        <h2 style={{ flex: 1 }}>{detail.name}</h2>
        <button type="button" onClick={onClose}>{tr('关闭', 'Close')}</button>
      </div>
      {detail.synthetic && <p className="synthetic-note">{tr('示例数据（合成），非真实地块', 'Synthetic demo parcel, not a real one')}</p>}
      {detail.referenceOnly && <p className="warning" data-testid="ug-reference-only">{detail.scopeNote}</p>}
      <dl className="kv">
        <dt>{tr('编号', 'Code')}</dt><dd>{detail.code}</dd>
        <dt>{tr('位置', 'Location')}</dt><dd>{[detail.countyName, detail.townshipName].filter(Boolean).join(' ')}</dd>
        <dt>{tr('类型', 'Kind')}</dt><dd>{detail.kind === 'combined' ? tr('结建', 'Combined') : tr('单建', 'Standalone')}</dd>
        <dt>{tr('用途', 'Use')}</dt><dd>{tr(parcelUseLabels[detail.use])}</dd>
        {detail.civilAirDefence && (<><dt>{tr('人防', 'Civil air defence')}</dt><dd>{tr(`战时：${detail.wartimeUse ?? '—'}；平时：${detail.peacetimeUse ?? '—'}`, `wartime: ${detail.wartimeUse ?? '—'}; peacetime: ${detail.peacetimeUse ?? '—'}`)}</dd></>)}
      </dl>
      <h3>{tr('竖向剖面', 'Vertical section')}</h3>
      <SectionDiagram layers={detail.layers} />
      <h3>{tr('出让金', 'Land-transfer fee')}{quote ? <span className="tag">{tr('试算', 'what-if')}</span> : changed && <span className="tag">{tr('本地块现值', "parcel's own")}</span>}</h3>
      <table className="ug-fee" data-testid="ug-fee-table">
        <thead><tr><th>{tr('层', 'Layer')}</th><th>{tr('比例', 'Share')}</th><th>{tr('金额（元）', 'Fee (CNY)')}</th><th>{tr('依据', 'Basis')}</th></tr></thead>
        <tbody>
          {fee.layers.map((l) => (
            <tr key={l.level}><td>{l.level}</td><td>{pct(l.share)}</td><td className="num">{money(l.fee)}</td><td className="reason">{l.reason}</td></tr>
          ))}
        </tbody>
        <tfoot><tr><th colSpan={2}>{tr('合计', 'Total')}</th><th className="num" data-testid="ug-fee-total">{money(fee.total)}</th><th>{fee.startingPrice !== null ? tr('为招拍挂起始价', 'starting price') : fee.rent ? tr('租赁：缴租金', 'lease: rent') : ''}</th></tr></tfoot>
      </table>
      {fee.warnings.map((w) => <p key={w.code + w.message} className="warning">⚠ {w.message}</p>)}
      <details><summary className="muted">{tr('计算口径', 'Reading')}</summary><p className="muted">{fee.basis}</p></details>
      <fieldset className="ug-whatif">
        <legend>{tr('试算（实时重新报价）', 'What-if (re-quoted live)')}</legend>
        <label>{tr('地表评估单价（元/m²）', 'Surface price (CNY/m²)')}<input type="number" min="0" step="10" value={price} data-testid="ug-whatif-price" onChange={(e) => setPrice(e.target.value)} /></label>
        <label>{tr('供应方式', 'Supply')}<select value={supply} onChange={(e) => setSupply(oneOf(supplyMethods, e.target.value) ?? supply)}>{supplyMethods.map((s) => <option key={s} value={s}>{tr(supplyMethodLabels[s])}</option>)}</select></label>
        <label className="check"><input type="checkbox" checked={parking} onChange={(e) => setParking(e.target.checked)} />{tr('公共停车场（减半）', 'Public parking (half)')}</label>
        {changed && whatIf.error && <p className="error" role="alert" data-testid="ug-whatif-error">{whatIf.error.message}</p>}
        {quote && <p data-testid="ug-whatif-total">{tr(`试算合计 ${money(quote.total)} 元（原 ${money(detail.fee.total)} 元）`, `What-if total ¥${money(quote.total)} (was ¥${money(detail.fee.total)})`)}</p>}
      </fieldset>
      <h3>{tr('使用年限', 'Land-use term')}</h3>
      <p>{tr(`${detail.term.years} 年：${detail.term.termStart} 至 ${detail.term.endDate}`, `${detail.term.years} years: ${detail.term.termStart} to ${detail.term.endDate}`)}</p>
      <p className="muted">{detail.term.reason}</p>
      <h3>{tr('三维冲突', '3D conflicts')}</h3>
      {detail.conflicts.length === 0 ? <p className="muted">{tr('无', 'None')}</p> : (
        <ul className="error">{detail.conflicts.map((c) => <li key={c.id}>{tr(`与 ${c.code}（${c.name}）水平重叠 ${c.overlapAreaM2} m²，深度 ${c.depthFrom}–${c.depthTo} m`, `${c.code} (${c.name}): ${c.overlapAreaM2} m² overlap, depths ${c.depthFrom}–${c.depthTo} m`)}</li>)}</ul>
      )}
      <h3>{tr('连通（第二十二条）', 'Connections (Art. 22)')}</h3>
      {detail.connections.length === 0 && detail.connectionCandidates.length === 0 ? <p className="muted">{tr('无相邻连通要求', 'No neighbouring connection duties')}</p> : (
        <ul>
          {detail.connections.map((c) => <li key={`c-${c.otherId}-${c.level}`}>{tr(`${c.level} 与 ${c.otherCode}：${c.state === 'built' ? '已连通' : '已预留接口'}；${c.reserverCode} 预留，${c.builderCode} 建设`, `${c.level} with ${c.otherCode}: ${c.state}; ${c.reserverCode} reserves, ${c.builderCode} builds`)}</li>)}
          {detail.connectionCandidates.map((c) => <li key={`k-${c.id}-${c.level}`} className="muted">{tr(`候选：${c.level} 与 ${c.code} 相距 ${c.distanceM} m；${c.reserves} 预留接口，${c.builds} 建设连通`, `Candidate: ${c.level} with ${c.code}, ${c.distanceM} m apart; ${c.reserves} reserves, ${c.builds} builds`)}</li>)}
        </ul>
      )}
    </div>
  );
}
