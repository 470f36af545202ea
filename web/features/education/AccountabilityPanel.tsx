import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import type { TownshipSanction } from '../../../api/domain/education/accountability';
import type { Bilingual } from '../../../api/domain/shared/bilingual';

const sanctionLabels: Record<TownshipSanction, Bilingual> = {
  interview: { zh: '约谈', en: 'Interview' },
  public_criticism: { zh: '通报批评', en: 'Public criticism' },
  administrative_sanction: { zh: '行政处分', en: 'Administrative sanction' },
};

/** Accountability flags (沙坡头 Art. 8 thresholds): counties, schools with the lowest rating, townships by month. */
export function AccountabilityPanel() {
  const { tr } = useI18n();
  const { data: flags, error } = useApi((o) => api.education.accountability.$get({ query: {} }, o), []);
  if (error) return <p className="error">{error.message}</p>;
  if (!flags) return <p className="loading">{tr('加载中…', 'Loading…')}</p>;
  return (
    <div data-testid="edu-accountability">
      <table>
        <thead>
          <tr><th>{tr('县区', 'County')}</th><th>{tr('年流失率', 'Annual loss')}</th><th>{tr('最低等次学校', 'Lowest-rated schools')}</th><th>{tr('乡镇预警', 'Township flags')}</th></tr>
        </thead>
        <tbody>
          {flags.counties.map((c) => (
            <tr key={c.county.countyCode}>
              <td>{placeName(tr, c.county.countyCode)}</td>
              <td className={c.county.flagged ? 'edu-below' : ''}>{c.county.lossRate === null ? '—' : `${(c.county.lossRate * 100).toFixed(2)}%`}{c.county.flagged ? tr('（超过1%）', ' (> 1 %)') : ''}</td>
              <td>{c.lowestRatingSchools.length}</td>
              <td>
                {c.townships.length === 0
                  ? tr('无', 'None')
                  : c.townships.map((t) => `${t.townshipCode} ${tr('第', 'month ')}${t.month}${tr('月', '')} ${tr(sanctionLabels[t.sanction])}`).join('；')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="synthetic-note">{tr(`阈值来源：${flags.counties[0]?.article ?? ''}（海东规则未设问责阈值，参照沙坡头）`, `Thresholds: ${flags.counties[0]?.article ?? ''} (海东 sets none; 沙坡头 applied as reference)`)}</p>
    </div>
  );
}
