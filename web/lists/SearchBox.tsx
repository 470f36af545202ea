import { useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { useDebounced } from '../shell/useDebounced';
import { useRowHighlight, type ChosenPlace } from './useRowHighlight';

/**
 * The one search box of a view: results from GET /api/search as you type (debounced), within the
 * role's scope; choosing one flies the map there and marks it.
 */
export function SearchBox() {
  const { tr } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ChosenPlace | null>(null);
  const q = useDebounced(text.trim(), 250);
  const found = useApi(q ? (o) => api.search.$get({ query: { q } }, o) : null, [q], { keepPrevious: true });
  useRowHighlight(chosen, 'search-place');
  const results = q ? (found.data?.results ?? []) : [];
  return (
    <div className="search-box" data-testid="search">
      <input
        type="search"
        value={text}
        placeholder={tr('搜索地块编号、场所、隐患编号、乡镇、村、学校…', 'Search parcel code, venue, hazard no., township, village, school…')}
        aria-label={tr('搜索', 'Search')}
        data-testid="search-input"
        onChange={(e) => { setText(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
      />
      {open && q && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {found.loading && results.length === 0 && <li className="muted">{tr('搜索中…', 'Searching…')}</li>}
          {found.error && <li className="error" role="alert">{found.error.message}</li>}
          {!found.loading && !found.error && results.length === 0 && <li className="muted" data-testid="search-empty">{tr('没有找到', 'Nothing found')}</li>}
          {results.map((r) => (
            <li key={`${r.kind}-${r.id}`} role="option" aria-selected={false}>
              <button
                type="button"
                disabled={!r.place}
                data-testid={`search-result-${r.kind}`}
                data-id={r.id}
                onClick={() => {
                  if (r.place) setChosen((c) => ({ place: r.place!, seq: (c?.seq ?? 0) + 1 }));
                  setOpen(false);
                }}
              >
                <span className="badge">{r.kindLabel}</span> {r.label}
                {r.detail && <span className="muted"> · {r.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
