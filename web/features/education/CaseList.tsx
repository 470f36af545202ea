import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { caseKindLabels, caseStatusLabels } from '../../../api/domain/education/vocabulary';

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
