import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { countyName } from './educationWords';

type Flags = Awaited<ReturnType<typeof load>>;
const load = () => unwrap(api.education.accountability.$get({ query: {} }));
const sanctionWords: Record<string, [string, string]> = {
  interview: ['约谈', 'Interview'],
  public_criticism: ['通报批评', 'Public criticism'],
  administrative_sanction: ['行政处分', 'Administrative sanction'],
};

/** Accountability flags (沙坡头 Art. 8 thresholds): counties, schools with the lowest rating, townships by month. */
export function AccountabilityPanel() {
  const { tr } = useI18n();
  const [flags, setFlags] = useState<Flags | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setFlags).catch((e: Error) => setError(e.message));
  }, []);
  if (error) return <p className="error">{error}</p>;
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
              <td>{countyName(c.county.countyCode, tr)}</td>
              <td className={c.county.flagged ? 'edu-below' : ''}>{c.county.lossRate === null ? '—' : `${(c.county.lossRate * 100).toFixed(2)}%`}{c.county.flagged ? tr('（超过1%）', ' (> 1 %)') : ''}</td>
              <td>{c.lowestRatingSchools.length}</td>
              <td>
                {c.townships.length === 0
                  ? tr('无', 'None')
                  : c.townships.map((t) => `${t.townshipCode} ${tr('第', 'month ')}${t.month}${tr('月', '')} ${tr(...(sanctionWords[t.sanction] ?? ['', '']))}`).join('；')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="synthetic-note">{tr(`阈值来源：${flags.counties[0]?.article ?? ''}（海东规则未设问责阈值，参照沙坡头）`, `Thresholds: ${flags.counties[0]?.article ?? ''} (海东 sets none; 沙坡头 applied as reference)`)}</p>
    </div>
  );
}
