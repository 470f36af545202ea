import type { ExportFormat } from '../../../api/domain/shared/table';
import { useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { useApi } from '../../api/useApi';
import { MapTable, type TableState } from '../../lists/MapTable';
import type { ChosenPlace } from '../../lists/useRowHighlight';
import type { VenueType } from '../../../api/domain/gas/vocabulary';

/** The venues of the user's scope (and the map's venue-type filter) as the list tied to the map. */
export function VenueList(props: { venueType: VenueType | undefined; reload: number; onChoose(place: ChosenPlace['place']): void; onOpen(id: number, name: string): void }) {
  const { venueType, reload, onChoose, onOpen } = props;
  const [table, setTable] = useState<TableState>({ offset: 0 });
  const [selected, setSelected] = useState<number | null>(null);
  const query = { venueType, sort: table.sort, dir: table.dir };
  const list = useApi((o) => api.gas.venues.table.$get({ query: { ...query, offset: String(table.offset), limit: '20' } }, o), [JSON.stringify(query), table.offset, reload], { keepPrevious: true });
  const href = (format: ExportFormat) => hrefOf(api.gas.venues.table.export.$url({ query: { ...query, format } }));
  return (
    <MapTable
      testId="gas-venue-list"
      page={list.data}
      loading={list.loading}
      error={list.error}
      state={table}
      onState={setTable}
      selected={selected}
      onRow={(r) => { setSelected(Number(r.id)); if (r.place) onChoose(r.place); }}
      onOpen={(r) => onOpen(Number(r.id), String(r.cells.name ?? ''))}
      exportHref={href}
      gisHref={href}
    />
  );
}
