import { useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { api } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useAction } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { parcelKinds, parcelUses, parcelUseLabels, supplyMethods, supplyMethodLabels } from '../../../api/domain/underground/vocabulary';
import { useDrawLayers } from './undergroundMapLayers';

/** The parcel body as the API's typed client takes it (api/routes/underground/schemas.ts). */
type ParcelBody = Parameters<typeof api.underground.parcels.$post>[0]['json'];

interface LayerRow {
  topDepth: string;
  bottomDepth: string;
  netHeight: string;
}

/** The form's fields: the body's own types for choices, text for what the user types. */
interface ParcelForm extends Pick<ParcelBody, 'code' | 'name' | 'kind' | 'use' | 'supply' | 'publicParking' | 'termStart'> {
  price: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A typed number; an empty box is no number (sent as null, refused with the field's label), never 0. */
const typed = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** Area in m² of a lon/lat ring on the sphere (the shoelace formula on an equal-area projection, R = 6 371 008.8 m). */
export function ringAreaM2(ring: readonly [number, number][]): number {
  if (ring.length < 3) return 0;
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += (x2 - x1) * rad * (2 + Math.sin(y1 * rad) + Math.sin(y2 * rad));
  }
  return Math.abs((sum * R * R) / 2);
}

/**
 * Planner drawing: click the map to add footprint vertices, then fill the layer form and submit.
 * The API decides (polygon checks, 3D conflicts); its refusal reason is shown as is.
 */
export function DrawParcel({ onCreated, onCancel }: { onCreated(id: number): void; onCancel(): void }) {
  const { tr } = useI18n();
  const [vertices, setVertices] = useState<[number, number][]>([]);
  const [form, setForm] = useState<ParcelForm>({ code: '', name: '', kind: 'standalone', use: 'parking', supply: 'agreement', price: '2000', publicParking: false, termStart: today() });
  const [layers, setLayers] = useState<LayerRow[]>([{ topDepth: '0', bottomDepth: '4', netHeight: '3.5' }]);
  const action = useAction();
  useDrawLayers(
    vertices,
    (e: MapMouseEvent) => setVertices((v) => [...v, [Number(e.lngLat.lng.toFixed(7)), Number(e.lngLat.lat.toFixed(7))]]),
    (index, at) => setVertices((v) => v.map((p, i) => (i === index ? at : p))),
  );

  const submit = async () => {
    const { price, ...fields } = form;
    const json: ParcelBody = {
      ...fields, publicLand: form.kind === 'standalone' ? 'road' : null, surfaceAllocated: false, surfaceUnitPrice: typed(price),
      civilAirDefence: form.use === 'civil_air_defence', status: 'planned',
      footprint: { type: 'Polygon', coordinates: [vertices.length ? [...vertices, vertices[0]!] : []] },
      layers: layers.map((l) => ({ topDepth: typed(l.topDepth), bottomDepth: typed(l.bottomDepth), netHeight: typed(l.netHeight) })),
    };
    const created = await action.run(() => api.underground.parcels.$post({ json }));
    if (created) onCreated(created.id);
  };
  const { busy, error } = action;
  // The server words the refusal with the field's label in the user's language (fieldLabels.ts).
  const errorText = error ? error.message : null;

  const text = (k: 'code' | 'name' | 'price' | 'termStart') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const choose = <K extends 'kind' | 'use' | 'supply'>(k: K, values: readonly ParcelForm[K][]) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: oneOf(values, e.target.value) ?? f[k] }));
  return (
    <div className="ug-draw" data-testid="ug-draw">
      <h2>{tr('新建地块', 'New parcel')}</h2>
      <p className="muted">{tr(`在地图上单击添加轮廓顶点，拖动顶点可移动（已有 ${vertices.length} 个，至少 3 个）`, `Click the map to add footprint vertices, drag one to move it (${vertices.length} so far, at least 3)`)}</p>
      {vertices.length >= 3 && <p data-testid="ug-draw-area">{tr(`轮廓面积约 ${Math.round(ringAreaM2(vertices)).toLocaleString('zh-CN')} m²`, `Outline area about ${Math.round(ringAreaM2(vertices)).toLocaleString('en')} m²`)}</p>}
      <div className="toolbar">
        <button type="button" onClick={() => setVertices((v) => v.slice(0, -1))} disabled={!vertices.length}>{tr('撤销顶点', 'Undo vertex')}</button>
        <button type="button" onClick={() => setVertices([])} disabled={!vertices.length}>{tr('清除', 'Clear')}</button>
      </div>
      <p className="muted">{tr('县区和乡镇由轮廓所在位置确定', 'County and township come from where the outline lies')}</p>
      <div className="ug-form">
        <label>{tr('编号', 'Code')}<input value={form.code} onChange={text('code')} /></label>
        <label>{tr('名称', 'Name')}<input value={form.name} onChange={text('name')} /></label>
        <label>{tr('类型', 'Kind')}<select value={form.kind} onChange={choose('kind', parcelKinds)}>{parcelKinds.map((k) => <option key={k} value={k}>{k === 'combined' ? tr('结建', 'Combined') : tr('单建（道路下）', 'Standalone (under road)')}</option>)}</select></label>
        <label>{tr('用途', 'Use')}<select value={form.use} onChange={choose('use', parcelUses)}>{parcelUses.map((u) => <option key={u} value={u}>{tr(parcelUseLabels[u])}</option>)}</select></label>
        <label>{tr('供应方式', 'Supply')}<select value={form.supply} onChange={choose('supply', supplyMethods)}>{supplyMethods.map((s) => <option key={s} value={s}>{tr(supplyMethodLabels[s])}</option>)}</select></label>
        <label>{tr('地表评估单价（元/m²）', 'Surface price (CNY/m²)')}<input type="number" value={form.price} onChange={text('price')} /></label>
        <label>{tr('起始日期', 'Term start')}<input type="date" value={form.termStart} onChange={text('termStart')} /></label>
        <label className="check"><input type="checkbox" checked={form.publicParking} onChange={(e) => setForm((f) => ({ ...f, publicParking: e.target.checked }))} />{tr('公共停车场', 'Public parking')}</label>
      </div>
      <h3>{tr('分层（埋深，米）', 'Layers (depth, m)')}</h3>
      <table>
        <thead><tr><th>{tr('顶深', 'Top')}</th><th>{tr('底深', 'Bottom')}</th><th>{tr('净高', 'Net height')}</th><th /></tr></thead>
        <tbody>
          {layers.map((l, i) => (
            <tr key={i}>
              {(['topDepth', 'bottomDepth', 'netHeight'] as const).map((k) => (
                <td key={k}><input type="number" step="0.1" value={l[k]} style={{ width: 70 }} onChange={(e) => setLayers((ls) => ls.map((x, j) => (j === i ? { ...x, [k]: e.target.value } : x)))} /></td>
              ))}
              <td><button type="button" onClick={() => setLayers((ls) => ls.filter((_, j) => j !== i))} disabled={layers.length === 1}>−</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setLayers((ls) => { const last = ls[ls.length - 1]!; const b = Number(last.bottomDepth); return [...ls, { topDepth: String(b), bottomDepth: String(b + 4), netHeight: '3.5' }]; })}>{tr('加一层', 'Add layer')}</button>
      {errorText && <p className="error" data-testid="ug-draw-error">{tr('未保存：', 'Not saved: ') + errorText}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy || vertices.length < 3} onClick={() => void submit()}>{busy ? tr('提交中…', 'Saving…') : tr('提交', 'Submit')}</button>
        <button type="button" onClick={onCancel}>{tr('取消', 'Cancel')}</button>
      </div>
    </div>
  );
}
