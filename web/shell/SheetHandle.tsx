import { useI18n } from '../i18n/i18n';

/** How much of a phone screen the side panel covers: a strip, half the screen, or all of it. */
export type SheetState = 'min' | 'half' | 'full';

const next: Record<SheetState, SheetState> = { min: 'half', half: 'full', full: 'min' };

/**
 * The bottom sheet's handle (phone layout only; hidden on a desktop by CSS). A tap cycles
 * strip → half → full; the two small buttons go straight to the map or to the full page.
 */
export function SheetHandle({ state, onChange }: { state: SheetState; onChange(s: SheetState): void }) {
  const { tr } = useI18n();
  return (
    <div className="sheet-handle phone-only">
      <button type="button" className="sheet-grip" data-testid="sheet-handle" aria-label={tr('调整面板高度', 'Resize the panel')} onClick={() => onChange(next[state])}>
        <span aria-hidden />
      </button>
      <button type="button" data-testid="sheet-map" aria-pressed={state === 'min'} onClick={() => onChange('min')}>{tr('地图', 'Map')}</button>
      <button type="button" data-testid="sheet-full" aria-pressed={state === 'full'} onClick={() => onChange('full')}>{tr('全屏', 'Full')}</button>
    </div>
  );
}
