import { useEffect, useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { oneOf } from '../../api/oneOf';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { MapTable, type TableState } from '../../lists/MapTable';
import { TimeSlider } from '../../lists/TimeSlider';
import { useRowHighlight, type ChosenPlace } from '../../lists/useRowHighlight';
import { readHashRecord, writeHashRecord } from '../../shell/hashParam';
import { sortDirections } from '../../../api/domain/shared/table';
import { countyCodes, countyNames } from '../../../api/domain/geo/vocabulary';
import { caseKindLabels, caseKinds, caseStatusLabels, caseStatuses } from '../../../api/domain/education/vocabulary';
import { chinaDate, isIsoDate } from '../../../api/domain/shared/calendarDate';
import { termStops } from './termStops';

// The open cases are the officer's daily work: the list opens on them. `asOf` ('' = today) is the
// time slider's day: the list shows the cases opened by then with their status then.
const defaults = { status: 'open', kind: 'all', county: 'all', poverty: 'all', asOf: '' };
type Filters = typeof defaults;

/** The filter, sort and page as the URL carries them (`ec=` in the hash). */
function fromUrl(): { filters: Filters; table: TableState } {
  const h = readHashRecord('ec');
  const filters = Object.fromEntries(Object.keys(defaults).map((k) => [k, h[k] ?? defaults[k as keyof Filters]])) as Filters;
  return { filters, table: { sort: h.sort, dir: oneOf(sortDirections, h.dir ?? ''), offset: Number(h.offset) || 0 } };
}

/**
 * The masked case list tied to the education map (issue 11; the shared table contract,
 * api/domain/education/caseTable.ts): names and ID numbers masked by the server, the filter in
 * the URL, a row click flies the map to the child's township (never a home), a double click opens
 * the case, and the exports hold exactly the filtered set, masked (their reading is audited). The time
 * slider (school-term stops, termStops.ts) shows the list as of a past day (the API's `asOf`).
 */
export function CaseTable({ onOpen }: { onOpen(id: number): void }) {
  const { tr } = useI18n();
  const [filters, setFilters] = useState(() => fromUrl().filters);
  const [table, setTable] = useState<TableState>(() => fromUrl().table);
  const [selected, setSelected] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ChosenPlace | null>(null);
  useEffect(() => {
    const changed = Object.fromEntries(Object.entries(filters).filter(([k, v]) => v !== defaults[k as keyof Filters]));
    writeHashRecord('ec', { ...changed, sort: table.sort, dir: table.dir, offset: table.offset || undefined });
  }, [filters, table]);
  useRowHighlight(chosen);

  const query = {
    status: oneOf(caseStatuses, filters.status),
    kind: oneOf(caseKinds, filters.kind),
    county: oneOf(countyCodes, filters.county),
    poverty: filters.poverty === 'all' ? undefined : filters.poverty === 'true',
    asOf: isIsoDate(filters.asOf) ? filters.asOf : undefined,
    sort: table.sort,
    dir: table.dir,
  };
  const list = useApi((o) => api.education.cases.table.$get({ query: { ...query, offset: String(table.offset), limit: '20' } }, o), [JSON.stringify(query), table.offset], { keepPrevious: true });
  const exportHref = (format: 'csv' | 'xlsx') => hrefOf(api.education.cases.table.export.$url({ query: { ...query, format } }));
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => { setFilters({ ...filters, [k]: e.target.value }); setTable((t) => ({ ...t, offset: 0 })); };
  const select = (k: keyof Filters, label: string, opts: { value: string; label: string }[]) => (
    <label>{label}<select value={filters[k]} onChange={set(k)} data-testid={`edu-case-filter-${k}`}><option value="all">{tr('全部', 'All')}</option>{opts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
  );
  return (
    <div>
      <div className="edu-form">
        {select('status', tr('状态', 'Status'), caseStatuses.map((s) => ({ value: s, label: tr(caseStatusLabels[s]) })))}
        {select('kind', tr('类型', 'Kind'), caseKinds.map((s) => ({ value: s, label: tr(caseKindLabels[s]) })))}
        {select('county', tr('责任县区', 'Responsible county'), countyCodes.map((c) => ({ value: c, label: tr(countyNames[c]) })))}
        {select('poverty', tr('脱贫家庭', 'Poverty-alleviated'), [{ value: 'true', label: tr('是', 'Yes') }, { value: 'false', label: tr('否', 'No') }])}
      </div>
      <TimeSlider
        testId="edu-as-of"
        title={{ zh: '学期（时间）', en: 'School term (time)' }}
        stops={termStops(chinaDate(new Date()))}
        value={filters.asOf}
        onChange={(asOf) => { setFilters((f) => ({ ...f, asOf })); setTable((t) => ({ ...t, offset: 0 })); }}
      />
      <MapTable
        testId="edu-case-list"
        page={list.data}
        loading={list.loading}
        error={list.error}
        state={table}
        onState={setTable}
        selected={selected}
        onRow={(r) => { setSelected(Number(r.id)); if (r.place) setChosen((c) => ({ place: r.place!, seq: (c?.seq ?? 0) + 1 })); }}
        onOpen={(r) => onOpen(Number(r.id))}
        exportHref={exportHref}
      />
      <p className="synthetic-note">{tr('地图定位到儿童所在乡镇的范围，不显示住址。', 'The map shows the child\'s township, never the home.')}</p>
    </div>
  );
}
