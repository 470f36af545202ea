import * as maplibregl from 'maplibre-gl';
import type { Tr } from '../../i18n/i18n';
import { roundRule } from '../../../api/domain/gas/campaigns';
import { roundLabel } from '../../../api/domain/gas/hazardTable';
import { hazardStatusLabels, severityLabels, type HazardStatus, type Severity } from '../../../api/domain/gas/vocabulary';

/**
 * The popup of a clicked hazard dot: its number, severity and status, and "轮次外" when it is
 * dated outside every round (campaigns.roundRule), so such a record is marked where it is seen.
 */
export function openHazardPopup(map: maplibregl.Map, e: maplibregl.MapLayerMouseEvent, tr: Tr): void {
  const p = e.features?.[0]?.properties as { id: number; severity: Severity; status: HazardStatus; outsideRound?: boolean } | undefined;
  if (!p) return;
  const div = document.createElement('div');
  div.dataset.testid = 'gas-hazard-popup';
  const h = document.createElement('b');
  h.textContent = `${tr('隐患', 'Hazard')} #${p.id}`;
  div.appendChild(h);
  const facts = document.createElement('div');
  facts.textContent = `${tr(severityLabels[p.severity])} · ${tr(hazardStatusLabels[p.status])}`;
  div.appendChild(facts);
  if (p.outsideRound) {
    const badge = document.createElement('div');
    badge.className = 'gas-outside-badge';
    badge.dataset.testid = 'gas-hazard-popup-outside';
    badge.textContent = tr(roundLabel(null));
    badge.title = tr(roundRule);
    div.appendChild(badge);
  }
  new maplibregl.Popup({ maxWidth: '300px' }).setLngLat(e.lngLat).setDOMContent(div).addTo(map);
}
