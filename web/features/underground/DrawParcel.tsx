import { useEffect, useState } from 'react';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { api, unwrap, ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';
import { parcelKinds, parcelUses, parcelUseLabels, supplyMethods, supplyMethodLabels } from '../../../api/domain/underground/vocabulary';

const drawSource = 'ug-draw';

interface LayerRow {
  topDepth: string;
  bottomDepth: string;
  netHeight: string;
}

/**
 * Planner drawing: click the map to add footprint vertices, then fill the layer form and submit.
 * The API decides (polygon checks, 3D conflicts); its refusal reason is shown as is.
 */
export function DrawParcel({ onCreated, onCancel }: { onCreated(id: number): void; onCancel(): void }) {
  const { tr } = useI18n();
  const { map } = useMapState();
  const [vertices, setVertices] = useState<[number, number][]>([]);
  const [form, setForm] = useState({ code: '', name: '', kind: 'standalone', use: 'parking', supply: 'agreement', price: '2000', countyCode: '630202', publicParking: false, termStart: new Date().toISOString().slice(0, 10) });
  const [layers, setLayers] = useState<LayerRow[]>([{ topDepth: '0', bottomDepth: '4', netHeight: '3.5' }]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!map) return;
    map.addSource(drawSource, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'ug-draw-fill', type: 'fill', source: drawSource, paint: { 'fill-color': '#1d4e89', 'fill-opacity': 0.2 } });
    map.addLayer({ id: 'ug-draw-line', type: 'line', source: drawSource, paint: { 'line-color': '#1d4e89', 'line-width': 2, 'line-dasharray': [2, 1] } });
    map.addLayer({ id: 'ug-draw-pts', type: 'circle', source: drawSource, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4, 'circle-color': '#1d4e89' } });
    const click = (e: MapMouseEvent) => setVertices((v) => [...v, [Number(e.lngLat.lng.toFixed(7)), Number(e.lngLat.lat.toFixed(7))]]);
    map.on('click', click);
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.off('click', click);
      map.getCanvas().style.cursor = '';
      for (const id of ['ug-draw-pts', 'ug-draw-line', 'ug-draw-fill']) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(drawSource)) map.removeSource(drawSource);
    };
  }, [map]);

  useEffect(() => {
    const src = map?.getSource(drawSource) as GeoJSONSource | undefined;
    if (!src) return;
    const ring = vertices.length >= 3 ? [...vertices, vertices[0]!] : vertices;
    src.setData({
      type: 'FeatureCollection',
      features: [
        ...vertices.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: p } })),
        ...(ring.length >= 2 ? [{ type: 'Feature' as const, properties: {}, geometry: vertices.length >= 3 ? { type: 'Polygon' as const, coordinates: [ring] } : { type: 'LineString' as const, coordinates: ring } }] : []),
      ],
    });
  }, [map, vertices]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        api.underground.parcels.$post({
          json: {
            code: form.code, name: form.name, kind: form.kind as 'combined', publicLand: form.kind === 'standalone' ? 'road' : null, countyCode: form.countyCode as '630202',
            use: form.use as 'parking', supply: form.supply as 'agreement', surfaceAllocated: false, surfaceUnitPrice: Number(form.price), publicParking: form.publicParking,
            civilAirDefence: form.use === 'civil_air_defence', status: 'planned', termStart: form.termStart,
            footprint: { type: 'Polygon', coordinates: [vertices.length ? [...vertices, vertices[0]!] : []] },
            layers: layers.map((l) => ({ topDepth: Number(l.topDepth), bottomDepth: Number(l.bottomDepth), netHeight: Number(l.netHeight) })),
          },
        }),
      );
      onCreated(created.id);
    } catch (e) {
      setError(e instanceof ApiError ? `${e.message}${e.field ? ` [${e.field}]` : ''}` : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  return (
    <div className="ug-draw" data-testid="ug-draw">
      <h2>{tr('新建地块', 'New parcel')}</h2>
      <p className="muted">{tr(`在地图上单击添加轮廓顶点（已有 ${vertices.length} 个，至少 3 个）`, `Click the map to add footprint vertices (${vertices.length} so far, at least 3)`)}</p>
      <div className="toolbar">
        <button type="button" onClick={() => setVertices((v) => v.slice(0, -1))} disabled={!vertices.length}>{tr('撤销顶点', 'Undo vertex')}</button>
        <button type="button" onClick={() => setVertices([])} disabled={!vertices.length}>{tr('清除', 'Clear')}</button>
      </div>
      <div className="ug-form">
        <label>{tr('编号', 'Code')}<input value={form.code} onChange={set('code')} /></label>
        <label>{tr('名称', 'Name')}<input value={form.name} onChange={set('name')} /></label>
        <label>{tr('县区', 'County')}<select value={form.countyCode} onChange={set('countyCode')}><option value="630202">乐都区</option><option value="630203">平安区</option><option value="630222">民和县</option><option value="630223">互助县</option><option value="630224">化隆县</option><option value="630225">循化县</option></select></label>
        <label>{tr('类型', 'Kind')}<select value={form.kind} onChange={set('kind')}>{parcelKinds.map((k) => <option key={k} value={k}>{k === 'combined' ? tr('结建', 'Combined') : tr('单建（道路下）', 'Standalone (under road)')}</option>)}</select></label>
        <label>{tr('用途', 'Use')}<select value={form.use} onChange={set('use')}>{parcelUses.map((u) => <option key={u} value={u}>{tr(parcelUseLabels[u].zh, parcelUseLabels[u].en)}</option>)}</select></label>
        <label>{tr('供应方式', 'Supply')}<select value={form.supply} onChange={set('supply')}>{supplyMethods.map((s) => <option key={s} value={s}>{tr(supplyMethodLabels[s].zh, supplyMethodLabels[s].en)}</option>)}</select></label>
        <label>{tr('地表评估单价（元/m²）', 'Surface price (CNY/m²)')}<input type="number" value={form.price} onChange={set('price')} /></label>
        <label>{tr('起始日期', 'Term start')}<input type="date" value={form.termStart} onChange={set('termStart')} /></label>
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
      {error && <p className="error" data-testid="ug-draw-error">{tr('未保存：', 'Not saved: ') + error}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy || vertices.length < 3} onClick={() => void submit()}>{busy ? tr('提交中…', 'Saving…') : tr('提交', 'Submit')}</button>
        <button type="button" onClick={onCancel}>{tr('取消', 'Cancel')}</button>
      </div>
    </div>
  );
}
