import { useEffect, useRef, useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { openedAtMapPosition } from '../../map/initialView';
import { useMapState } from '../../map/mapContext';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { sortDirections, type ExportFormat } from '../../../api/domain/shared/table';
import { oneOf } from '../../api/oneOf';
import { MapTable, type TableState } from '../../lists/MapTable';
import { useRowHighlight, type ChosenPlace } from '../../lists/useRowHighlight';
import { readHashRecord, writeHashRecord } from '../../shell/hashParam';
import { DrawParcel } from './DrawParcel';
import { ImportParcels } from './ImportParcels';
import { ParcelPanel } from './ParcelPanel';
import { useParcelLayers } from './undergroundMapLayers';
import './underground.css';

type Level = NonNullable<Parameters<typeof api.underground.parcels.$get>[0]['query']['level']>;
const levelFilters: { id: Level | ''; label: Bilingual }[] = [
  { id: '', label: { zh: '全部层', en: 'All layers' } },
  { id: 'semi', label: { zh: '半地下', en: 'Semi-basement' } },
  { id: 'B1', label: { zh: '负一层', en: 'B1' } },
  { id: 'B2+', label: { zh: '负二层及以下', en: 'B2 and deeper' } },
];

/** 地下空间: parcels coloured by fee tier, layer filter, conflicts, detail panel and planner drawing. */
export default function UndergroundView() {
  const { tr } = useI18n();
  const { me } = useSession();
  const { map } = useMapState();
  // The layer filter and the list's sort and page live in the URL (`pf=` in the hash).
  const [level, setLevel] = useState<Level | ''>(() => oneOf(['semi', 'B1', 'B2+'] as const, readHashRecord('pf').level ?? '') ?? '');
  const [table, setTable] = useState<TableState>(() => {
    const h = readHashRecord('pf');
    return { sort: h.sort, dir: oneOf(sortDirections, h.dir ?? ''), offset: Number(h.offset) || 0 };
  });
  useEffect(() => writeHashRecord('pf', { level, sort: table.sort, dir: table.dir, offset: table.offset || undefined }), [level, table]);
  const [selected, setSelected] = useState<number | null>(null);
  const [listSelected, setListSelected] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ChosenPlace | null>(null);
  const [drawing, setDrawing] = useState(false);
  const canWrite = me?.role === 'planner' || me?.role === 'admin';
  // The map draws tiles and the list counts; the first extent is the parcel collection's (OGC
  // API – Features), so no parcel GeoJSON is fetched for the first view. A write bumps `version`:
  // the tiles and the list are asked for again.
  const [version, setVersion] = useState(0);
  const collection = useApi((o) => api.ogc.collections[':collectionId'].$get({ param: { collectionId: 'parcels' }, query: {} }, o), []);
  const conflicts = useApi((o) => api.underground.conflicts.$get(undefined, o), []);
  const reload = () => {
    setVersion((v) => v + 1);
    conflicts.reload();
  };
  const tableQuery = { level: level || undefined, sort: table.sort, dir: table.dir };
  const list = useApi((o) => api.underground.parcels.table.$get({ query: { ...tableQuery, limit: '20', offset: String(table.offset) } }, o), [JSON.stringify(tableQuery), table.offset, version], { keepPrevious: true });
  const exportHref = (format: ExportFormat) => hrefOf(api.underground.parcels.table.export.$url({ query: { ...tableQuery, format } }));
  const [conflictTable, setConflictTable] = useState<TableState>({ offset: 0 });
  const conflictQuery = { sort: conflictTable.sort, dir: conflictTable.dir };
  const conflictList = useApi((o) => api.underground.conflicts.table.$get({ query: { ...conflictQuery, limit: '10', offset: String(conflictTable.offset) } }, o), [JSON.stringify(conflictQuery), conflictTable.offset, version], { keepPrevious: true });
  const conflictHref = (format: 'csv' | 'xlsx') => hrefOf(api.underground.conflicts.table.export.$url({ query: { ...conflictQuery, format } }));
  useParcelLayers({ level, version, conflicts: conflicts.data, onSelect: (id) => { setListSelected(id); setSelected(id); } });
  useRowHighlight(chosen);

  // The planner opens on the parcels (2,008 of them are specks on the city), unless the page was
  // opened on a URL with a map position.
  const framed = useRef(false);
  const bbox = collection.data?.extent.spatial.bbox[0];
  useEffect(() => {
    if (!map || !bbox || framed.current) return;
    framed.current = true;
    if (!openedAtMapPosition()) map.fitBounds(bbox as [number, number, number, number], { padding: 40, duration: 0 });
  }, [map, bbox]);

  if (drawing) {
    return <DrawParcel onCancel={() => setDrawing(false)} onCreated={(id) => { setDrawing(false); reload(); setSelected(id); }} />;
  }
  if (selected !== null) return <ParcelPanel id={selected} onClose={() => setSelected(null)} />;
  return (
    <div className="ug-home" data-testid="ug-home">
      <h2>{tr('地下空间', 'Underground space')}</h2>
      <p className="synthetic-note">{tr('地块为确定性生成的示例数据（乐都区、平安区城区）', 'Parcels are deterministic synthetic data (乐都/平安 urban areas)')}</p>
      <div className="toolbar" role="radiogroup" aria-label={tr('按层筛选', 'Filter by layer')}>
        {levelFilters.map((f) => (
          <button key={f.id} type="button" className={level === f.id ? 'primary' : ''} data-testid={`ug-level-${f.id || 'all'}`} onClick={() => { setLevel(f.id); setTable((t) => ({ ...t, offset: 0 })); }}>{tr(f.label)}</button>
        ))}
      </div>
      {collection.error ? <p className="error">{tr('地块加载失败：', 'Failed to load parcels: ') + collection.error.message}</p> : <p className="muted">{!list.data ? tr('正在加载地块…', 'Loading parcels…') : tr(`共 ${list.data.total} 个地块；单击地块查看详情`, `${list.data.total} parcels; click one for details`)}</p>}
      <MapTable
        testId="ug-parcel-list"
        page={list.data}
        loading={list.loading}
        error={list.error}
        state={table}
        onState={setTable}
        selected={listSelected}
        onRow={(r) => { setListSelected(Number(r.id)); if (r.place) setChosen((c) => ({ place: r.place!, seq: (c?.seq ?? 0) + 1 })); }}
        onOpen={(r) => setSelected(Number(r.id))}
        exportHref={exportHref}
        gisHref={exportHref}
      />
      {canWrite && <button type="button" className="primary" data-testid="ug-draw-start" onClick={() => setDrawing(true)}>{tr('绘制新地块', 'Draw a new parcel')}</button>}
      {canWrite && <ImportParcels onImported={reload} />}
      <div className="toolbar">
        <a href={hrefOf(api.underground['fee-schedule.xlsx'].$url())} download>{tr('出让金明细 XLSX', 'Fee schedule XLSX')}</a>
        <a href={hrefOf(api.underground['fee-schedule.csv'].$url())} download>CSV</a>
      </div>
      <h3>{tr('三维冲突', '3D conflicts')}</h3>
      <MapTable
        testId="ug-conflict-list"
        page={conflictList.data}
        loading={conflictList.loading}
        error={conflictList.error}
        state={conflictTable}
        onState={setConflictTable}
        selected={null}
        onRow={(r) => { if (r.place) setChosen((c) => ({ place: r.place!, seq: (c?.seq ?? 0) + 1 })); }}
        onOpen={(r) => setSelected(Number(String(r.id).split('-')[0]))}
        exportHref={conflictHref}
      />
    </div>
  );
}
