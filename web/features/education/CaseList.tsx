import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { caseKindLabels, caseStatusLabels } from '../../../api/domain/education/vocabulary';

/** The list's filters as the API takes them (paging is the list's own). */
type CaseQuery = Omit<Parameters<typeof api.education.cases.$get>[0]['query'], 'limit' | 'offset'>;

/** Masked case list (ID last 4 digits, name partly masked — both masked by the server). */
export function CaseList({ query, testId, onOpen }: { query: CaseQuery; testId?: string; onOpen?(id: number): void }) {
  const { tr } = useI18n();
  const [offset, setOffset] = useState(0);
  const { data: page, error } = useApi((o) => api.education.cases.$get({ query: { ...query, limit: '50', offset: String(offset) } }, o), [JSON.stringify(query), offset]);

  if (error) return <p className="error">{error.message}</p>;
  if (!page) return <p className="loading">{tr('加载中…', 'Loading…')}</p>;
  if (page.total === 0) return <p className="empty" data-testid={testId}>{tr('无', 'None')}</p>;
  return (
    <div data-testid={testId}>
      <table className="edu-cases">
        <thead>
          <tr>
            <th>{tr('身份证号', 'ID')}</th><th>{tr('姓名', 'Name')}</th><th>{tr('类型', 'Kind')}</th><th>{tr('责任县区', 'County')}</th><th>{tr('状态', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          {page.cases.map((c) => (
            <tr key={c.id} className={onOpen ? 'clickable' : ''} onClick={() => onOpen?.(c.id)}>
              <td className="mono">{c.idNumberMasked}</td>
              <td>{c.nameMasked}{c.poverty && <span className="tag">{tr('脱贫户', 'poverty')}</span>}</td>
              <td>{tr(caseKindLabels[c.kind])}</td>
              <td>{placeName(tr, c.responsibleCountyCode)}{c.notifyCountyCode && <span className="tag">{tr('函告', 'notified')}</span>}</td>
              <td>{tr(caseStatusLabels[c.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.total > 50 && (
        <div className="toolbar">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 50))}>{tr('上一页', 'Previous')}</button>
          <span>{tr(`${offset + 1}–${Math.min(offset + 50, page.total)} / 共 ${page.total} 件`, `${offset + 1}–${Math.min(offset + 50, page.total)} of ${page.total}`)}</span>
          <button type="button" disabled={offset + 50 >= page.total} onClick={() => setOffset(offset + 50)}>{tr('下一页', 'Next')}</button>
        </div>
      )}
    </div>
  );
}

interface MaskedRow {
  id: number;
  idNumberMasked: string;
  nameMasked: string;
  poverty: boolean;
  responsibleCountyCode: string;
  notifyCountyCode: string | null;
}

/** Rows already masked by the server (a cross-check run's lists). */
export function MaskedRows({ rows, testId }: { rows: readonly MaskedRow[]; testId: string }) {
  const { tr } = useI18n();
  if (rows.length === 0) return <p className="empty" data-testid={testId}>{tr('无', 'None')}</p>;
  return (
    <table className="edu-cases" data-testid={testId}>
      <thead>
        <tr><th>{tr('身份证号', 'ID')}</th><th>{tr('姓名', 'Name')}</th><th>{tr('责任县区', 'County')}</th></tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td className="mono">{c.idNumberMasked}</td>
            <td>{c.nameMasked}{c.poverty && <span className="tag">{tr('脱贫户', 'poverty')}</span>}</td>
            <td>{placeName(tr, c.responsibleCountyCode)}{c.notifyCountyCode && <span className="tag">{tr('函告', 'notified')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
