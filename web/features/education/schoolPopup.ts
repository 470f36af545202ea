import * as maplibregl from 'maplibre-gl';
import type { Tr } from '../../i18n/i18n';

// The school popup: its pupils living beyond the distance threshold and, from the gas domain,
// its open gas hazards (counts only; the hazard records stay with the gas inspectors).

export interface SchoolGas {
  schoolCode: string;
  venues: number;
  openHazards: number;
  majorHazards: number;
  overdueHazards: number;
}

function line(parent: HTMLElement, text: string, className?: string, testId?: string) {
  const div = document.createElement('div');
  div.textContent = text;
  if (className) div.className = className;
  if (testId) div.dataset.testid = testId;
  parent.appendChild(div);
}

/** The popup of a clicked school dot (its layer's click handler, declared in educationMapLayers.ts). */
export function openSchoolPopup(map: maplibregl.Map, e: maplibregl.MapLayerMouseEvent, tr: Tr, gasByCode: ReadonlyMap<string, SchoolGas>, gasRule: string | null): void {
  const f = e.features?.[0];
  if (!f) return;
  const p = f.properties as { code: string; name: string; children: number; flagged: number };
  const div = document.createElement('div');
  div.dataset.testid = 'edu-school-popup';
  const h = document.createElement('b');
  h.textContent = `${p.name} (${p.code})`;
  div.appendChild(h);
  line(div, tr(`在籍适龄学生 ${p.children} 人，其中上学距离超阈值 ${p.flagged} 人`, `${p.children} school-age pupils, ${p.flagged} beyond the distance threshold`));
  const gas = gasByCode.get(p.code);
  if (gas) {
    line(
      div,
      tr(
        `燃气隐患：未销号 ${gas.openHazards} 处（重大 ${gas.majorHazards}，逾期 ${gas.overdueHazards}），涉及 ${gas.venues} 个燃气场所`,
        `Gas hazards: ${gas.openHazards} open (${gas.majorHazards} major, ${gas.overdueHazards} overdue) at ${gas.venues} gas venue(s)`,
      ),
      'edu-gas-warning',
      'edu-school-gas',
    );
  } else if (gasRule) {
    line(div, tr('燃气隐患：无未销号隐患', 'Gas hazards: none open'), undefined, 'edu-school-gas');
  }
  if (gasRule) line(div, gasRule, 'synthetic-note');
  new maplibregl.Popup({ maxWidth: '340px' }).setLngLat(e.lngLat).setDOMContent(div).addTo(map);
}
