import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { useDevicePosition } from '../../map/devicePosition';
import { venueTypeLabels } from '../../../api/domain/gas/vocabulary';

const metres = (m: number) => (m < 1000 ? `${m} m` : `${(m / 1000).toFixed(1)} km`);

/**
 * 附近场所: the venues of the user's districts nearest to the device, nearest first. The
 * position is rounded to ~10 m so a phone standing still asks once (and the answer is cached).
 */
export function NearbyVenues({ onVenue }: { onVenue(id: number): void }) {
  const { tr } = useI18n();
  const { position, problem, watching, locate } = useDevicePosition();
  const at = position ? { lon: position.lon.toFixed(4), lat: position.lat.toFixed(4) } : null;
  const nearby = useApi(at ? (o) => api.gas.venues.nearby.$get({ query: { lon: at.lon, lat: at.lat, limit: '20' } }, o) : null, [at?.lon, at?.lat], { keepPrevious: true });

  if (!position) {
    return (
      <div data-testid="gas-nearby">
        <p className="muted">{watching ? tr('正在定位…', 'Locating…') : tr('定位后按距离列出本片区的场所', 'Locate the device to list your district\'s venues by distance')}</p>
        {problem && <p className="error" role="alert">{tr(problem)}</p>}
        <button type="button" className="primary" onClick={locate} data-testid="gas-nearby-locate">◎ {tr('定位', 'Locate me')}</button>
      </div>
    );
  }
  return (
    <div data-testid="gas-nearby">
      <p className="muted">{tr(`本机位置精度约 ±${Math.round(position.accuracy)} 米`, `Position accurate to about ±${Math.round(position.accuracy)} m`)}</p>
      {nearby.error && <p className="error" role="alert">{nearby.error.message}</p>}
      {!nearby.data ? (!nearby.error && <p className="muted">{tr('加载中…', 'Loading…')}</p>) : nearby.data.items.length === 0 ? <p className="empty">{tr('附近没有本片区的场所', 'No venues of your district nearby')}</p> : (
        <ol className="gas-nearby-list">
          {nearby.data.items.map((v) => (
            <li key={v.id}>
              <button type="button" className="gas-nearby-item" data-testid="gas-nearby-item" onClick={() => onVenue(v.id)}>
                <span className="name">{v.name}</span>
                <span className="muted">{tr(venueTypeLabels[v.venueType])} · {metres(v.distanceM)}{v.openHazards > 0 ? tr(` · 未销号隐患 ${v.openHazards}`, ` · ${v.openHazards} open hazards`) : ''}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
