import { useCallback, useEffect, useState } from 'react';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import { api, unwrap, urlOf } from '../../api/client';
import { useSession } from '../../auth/session';
import { ImportParcels } from './ImportParcels';
import { useI18n } from '../../i18n/i18n';
import { useMapState } from '../../map/mapContext';
import { feeTiers } from '../../../api/domain/underground/feeTier';
import { DrawParcel } from './DrawParcel';
import { ParcelPanel, money } from './ParcelPanel';
import './underground.css';

const source = 'ug-parcels';
const layerIds = ['ug-parcel-fill', 'ug-parcel-line', 'ug-parcel-conflict'];
const levelFilters = [
  { id: '', zh: '全部层', en: 'All layers' },
  { id: 'semi', zh: '半地下', en: 'Semi-basement' },
  { id: 'B1', zh: '负一层', en: 'B1' },
  { id: 'B2+', zh: '负二层及以下', en: 'B2 and deeper' },
] as const;

type Conflicts = Awaited<ReturnType<typeof loadConflicts>>;
const loadConflicts = () => unwrap(api.underground.conflicts.$get());

/** 地下空间: parcels coloured by fee tier, layer filter, conflicts, detail panel and planner drawing. */
export default function UndergroundView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const { map, registerGroup } = useMapState();
  const [level, setLevel] = useState<string>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [conflicts, setConflicts] = useState<Conflicts | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const canWrite = me?.role === 'planner' || me?.role === 'admin';

  useEffect(
    () =>
      registerGroup({
        id: 'underground',
        label: tr('地下空间地块（按出让金分档）', 'Underground parcels (by fee tier)'),
        layerIds,
        legend: [
          ...feeTiers.map((t) => ({ colour: t.color, label: tr(t.label.zh, t.label.en) })),
          { colour: '#c62828', label: tr('三维冲突', '3D conflict'), shape: 'line' as const },
        ],
      }),
    [registerGroup, tr],
  );

  useEffect(() => {
    loadConflicts().then(setConflicts).catch(() => setConflicts(null));
  }, [reload]);

  const onClick = useCallback((e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.id;
    if (id !== undefined) setSelected(Number(id));
  }, []);

  // Parcels as one GeoJSON source; re-fetched (by URL) when the layer filter changes.
  useEffect(() => {
    if (!map) return;
    const url = urlOf(api.underground.parcels, { level: level || undefined, limit: 5000 });
    const add = () => {
      if (map.getSource(source)) {
        (map.getSource(source) as GeoJSONSource).setData(url);
        return;
      }
      map.addSource(source, { type: 'geojson', data: url, promoteId: 'id' });
      const colour: unknown[] = ['match', ['get', 'feeTier']];
      for (const t of feeTiers) colour.push(t.id, t.color);
      colour.push('#999999');
      map.addLayer({ id: 'ug-parcel-fill', type: 'fill', source, paint: { 'fill-color': colour as never, 'fill-opacity': 0.75 } });
      map.addLayer({ id: 'ug-parcel-line', type: 'line', source, paint: { 'line-color': '#5d4037', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.3, 16, 1.2] } });
      map.addLayer({ id: 'ug-parcel-conflict', type: 'line', source, filter: ['in', ['get', 'id'], ['literal', []]], paint: { 'line-color': '#c62828', 'line-width': 3 } });
      map.on('click', 'ug-parcel-fill', onClick);
      map.on('mouseenter', 'ug-parcel-fill', () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', 'ug-parcel-fill', () => (map.getCanvas().style.cursor = ''));
    };
    if (map.isStyleLoaded()) add();
    else map.once('load', add);
    fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((fc: { total: number; features: { geometry: { coordinates: number[][][][] } }[] }) => {
        setCount(fc.total);
        setError(null);
        if (reload === 0 && level === '' && fc.features.length && !location.hash.includes('map=')) {
          let [x0, y0, x1, y1] = [180, 90, -180, -90];
          for (const f of fc.features) for (const poly of f.geometry.coordinates) for (const [x, y] of poly[0]!) [x0, y0, x1, y1] = [Math.min(x0, x!), Math.min(y0, y!), Math.max(x1, x!), Math.max(y1, y!)];
          map.fitBounds([x0, y0, x1, y1], { padding: 40, duration: 0 });
        }
      })
      .catch((e: Error) => setError(e.message));
  }, [map, level, reload, onClick]);

  useEffect(() => {
    if (!map) return;
    return () => {
      map.off('click', 'ug-parcel-fill', onClick);
      for (const id of [...layerIds].reverse()) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(source)) map.removeSource(source);
    };
  }, [map, onClick]);

  useEffect(() => {
    if (!map || !conflicts) return;
    const ids = conflicts.conflicts.flatMap((c) => [c.a.id, c.b.id]);
    const apply = () => map.getLayer('ug-parcel-conflict') && map.setFilter('ug-parcel-conflict', ['in', ['get', 'id'], ['literal', ids]]);
    if (map.getLayer('ug-parcel-conflict')) apply();
    else map.once('idle', apply);
  }, [map, conflicts]);

  if (drawing) {
    return <DrawParcel onCancel={() => setDrawing(false)} onCreated={(id) => { setDrawing(false); setReload((n) => n + 1); setSelected(id); }} />;
  }
  if (selected !== null) return <ParcelPanel id={selected} onClose={() => setSelected(null)} />;
  return (
    <div className="ug-home" data-testid="ug-home">
      <h2>{tr('地下空间', 'Underground space')}</h2>
      <p className="synthetic-note">{tr('地块为确定性生成的示例数据（乐都区、平安区城区）', 'Parcels are deterministic synthetic data (乐都/平安 urban areas)')}</p>
      <div className="toolbar" role="radiogroup" aria-label={tr('按层筛选', 'Filter by layer')}>
        {levelFilters.map((f) => (
          <button key={f.id} type="button" className={level === f.id ? 'primary' : ''} data-testid={`ug-level-${f.id || 'all'}`} onClick={() => setLevel(f.id)}>{tr(f.zh, f.en)}</button>
        ))}
      </div>
      {error ? <p className="error">{tr('地块加载失败：', 'Failed to load parcels: ') + error}</p> : <p className="muted">{count === null ? tr('正在加载地块…', 'Loading parcels…') : tr(`共 ${count} 个地块；单击地块查看详情`, `${count} parcels; click one for details`)}</p>}
      {canWrite && <button type="button" className="primary" data-testid="ug-draw-start" onClick={() => setDrawing(true)}>{tr('绘制新地块', 'Draw a new parcel')}</button>}
      {canWrite && <ImportParcels onImported={() => setReload((n) => n + 1)} />}
      <div className="toolbar">
        <a href={urlOf(api.underground['fee-schedule.xlsx'])} download>{tr('出让金明细 XLSX', 'Fee schedule XLSX')}</a>
        <a href={urlOf(api.underground['fee-schedule.csv'])} download>CSV</a>
      </div>
      <h3>{tr('三维冲突', '3D conflicts')}{conflicts ? `（${conflicts.total}）` : ''}</h3>
      {!conflicts ? <p className="muted">{tr('加载中…', 'Loading…')}</p> : conflicts.total === 0 ? <p className="muted">{tr('无冲突', 'No conflicts')}</p> : (
        <ul className="ug-conflicts">
          {conflicts.conflicts.map((c) => (
            <li key={`${c.a.id}-${c.b.id}`}>
              <button type="button" className="link" onClick={() => setSelected(c.a.id)}>{c.a.code}</button> × <button type="button" className="link" onClick={() => setSelected(c.b.id)}>{c.b.code}</button>
              <span className="muted"> {tr(`重叠 ${money(c.overlapAreaM2)} m²，深度 ${c.depthFrom}–${c.depthTo} m`, `${money(c.overlapAreaM2)} m², depths ${c.depthFrom}–${c.depthTo} m`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
