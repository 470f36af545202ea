import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import type { Bilingual } from '../../api/domain/shared/bilingual';
import { countyColours } from './baseStyle';
import { useMapState, type LegendItem } from './mapContext';

const baseGroups: { id: string; label: Bilingual; layers: readonly string[] }[] = [
  { id: 'base-counties', label: { zh: '县区边界', en: 'Counties' }, layers: ['county-fill', 'county-line'] },
  { id: 'base-townships', label: { zh: '乡镇范围（示例）', en: 'Townships (synthetic)' }, layers: ['township-line'] },
  { id: 'base-labels', label: { zh: '地名注记', en: 'Labels' }, layers: ['county-label', 'township-label'] },
];

function Swatch({ item }: { item: LegendItem }) {
  const shape = item.shape ?? 'fill';
  return (
    <span
      className={`swatch swatch-${shape}`}
      style={shape === 'line' ? { borderColor: item.colour } : { background: item.colour }}
      aria-hidden
    />
  );
}

/** Layer switcher, legend and zoom-to-county: one panel so officials find every control in one place. */
export function LayerPanel({ onClose }: { onClose(): void }) {
  const { map, groups, setGroupVisible } = useMapState();
  const { tr } = useI18n();
  const [baseVisible, setBaseVisible] = useState<Record<string, boolean>>({});
  const countyExtents = useApi((o) => api.geo['county-extents'].$get(undefined, o), []);
  const extents = countyExtents.data ?? [];

  const toggleBase = (id: string, layers: readonly string[], visible: boolean) => {
    setBaseVisible((v) => ({ ...v, [id]: visible }));
    for (const l of layers) if (map?.getLayer(l)) map.setLayoutProperty(l, 'visibility', visible ? 'visible' : 'none');
  };

  return (
    <aside className="layer-panel" aria-label={tr('图层', 'Layers')} data-testid="layer-panel">
      <button type="button" className="phone-only layer-panel-close" data-testid="layers-close" onClick={onClose}>← {tr('返回地图', 'Back to the map')}</button>
      <h3>{tr('定位到县区', 'Zoom to county')}</h3>
      <select
        data-testid="zoom-county"
        defaultValue=""
        onChange={(e) => {
          const ext = extents.find((x) => x.code === e.target.value);
          if (ext && map) map.fitBounds(ext.bbox as [number, number, number, number], { padding: 30 });
        }}
      >
        <option value="">{tr('— 海东市全域 —', '— all of Haidong —')}</option>
        {extents.map((x) => (
          <option key={x.code} value={x.code}>
            {x.name}
          </option>
        ))}
      </select>
      {countyExtents.error && <p className="error">{countyExtents.error.message}</p>}
      <h3>{tr('图层', 'Layers')}</h3>
      <ul className="layer-list">
        {baseGroups.map((g) => (
          <li key={g.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`layer-${g.id}`}
                checked={baseVisible[g.id] ?? true}
                onChange={(e) => toggleBase(g.id, g.layers, e.target.checked)}
              />
              {tr(g.label)}
            </label>
          </li>
        ))}
        {groups.map((g) => (
          <li key={g.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`layer-${g.id}`}
                checked={g.visible ?? true}
                onChange={(e) => setGroupVisible(g.id, e.target.checked)}
              />
              {g.label}
            </label>
          </li>
        ))}
      </ul>
      <h3>{tr('图例', 'Legend')}</h3>
      <ul className="legend">
        {Object.entries(countyColours).map(([code, colour]) => (
          <li key={code}>
            <Swatch item={{ colour, label: code }} />
            {extents.find((x) => x.code === code)?.name ?? code}
          </li>
        ))}
        <li>
          <Swatch item={{ colour: '#8a9bb0', label: '', shape: 'line' }} />
          {tr('乡镇界（示例）', 'Township line (synthetic)')}
        </li>
        {groups
          .filter((g) => g.visible !== false)
          .flatMap((g) => (g.legend ?? []).map((item) => ({ g, item })))
          .map(({ g, item }) => (
            <li key={`${g.id}-${item.label}`}>
              <Swatch item={item} />
              {item.label}
            </li>
          ))}
      </ul>
    </aside>
  );
}
