import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import type { Bilingual } from '../../api/domain/shared/bilingual';
import { countyColours } from './baseStyle';
import { LegendBlock } from './LegendBlock';
import { noThematic, useMapState } from './mapContext';

const baseGroups: { id: string; label: Bilingual; layers: readonly string[] }[] = [
  { id: 'base-counties', label: { zh: '县区边界', en: 'Counties' }, layers: ['county-fill', 'county-line'] },
  { id: 'base-townships', label: { zh: '乡镇范围（示例）', en: 'Townships (synthetic)' }, layers: ['township-line'] },
  { id: 'base-labels', label: { zh: '地名注记', en: 'Labels' }, layers: ['county-label', 'township-label'] },
];

/**
 * Layer switcher, legend and zoom-to-county: one panel so officials find every control in one
 * place. Thematic layers are a chooser (one at a time, DHIS2 Maps' rule: two classed layers on
 * top of each other cannot be read); reference layers are toggles. The legend follows the chooser.
 */
export function LayerPanel({ onClose }: { onClose(): void }) {
  const { map, groups, setGroupVisible, thematic, chooseThematic, isShown } = useMapState();
  const thematicGroups = groups.filter((g) => g.thematic);
  const referenceGroups = groups.filter((g) => !g.thematic);
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
      {thematicGroups.length > 0 && (
        <>
          <h3 id="thematic-heading">{tr('专题图层（一次一个）', 'Thematic layer (one at a time)')}</h3>
          <div className="thematic-chooser" role="radiogroup" aria-labelledby="thematic-heading" data-testid="thematic-chooser">
            {[...thematicGroups.map((g) => ({ id: g.id, label: g.label })), { id: noThematic, label: tr('不显示', 'None') }].map((o) => (
              <label key={o.id}>
                <input type="radio" name="thematic" value={o.id} data-testid={`thematic-${o.id}`} checked={(thematic ?? noThematic) === o.id} onChange={() => chooseThematic(o.id === noThematic ? null : o.id)} />
                {o.label}
              </label>
            ))}
          </div>
        </>
      )}
      <h3>{tr('参考图层', 'Reference layers')}</h3>
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
        {referenceGroups.map((g) => (
          <li key={g.id}>
            <label>
              <input type="checkbox" data-testid={`layer-${g.id}`} checked={isShown(g)} onChange={(e) => setGroupVisible(g.id, e.target.checked)} />
              {g.label}
            </label>
          </li>
        ))}
      </ul>
      <h3>{tr('图例', 'Legend')}</h3>
      <div data-testid="legend">
        {[...thematicGroups, ...referenceGroups]
          .filter((g) => isShown(g) && g.legend)
          .map((g) => <LegendBlock key={g.id} legend={g.legend!} testId={g.thematic ? 'legend-thematic' : `legend-${g.id}`} />)}
        <LegendBlock
          legend={{
            title: tr('县区与乡镇界', 'Counties and township lines'),
            items: [
              ...Object.entries(countyColours).map(([code, colour]) => ({ colour, label: extents.find((x) => x.code === code)?.name ?? code })),
              { colour: '#8a9bb0', label: tr('乡镇界（示例）', 'Township line (synthetic)'), shape: 'line' as const },
            ],
          }}
        />
      </div>
    </aside>
  );
}
