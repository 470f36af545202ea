import { useState } from 'react';
import { api } from '../../api/client';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import type { DutyStatus } from '../../../api/domain/education/dutyCalendar';
import type { Bilingual } from '../../../api/domain/shared/bilingual';

const statusLabels: Record<DutyStatus, Bilingual> = {
  due: { zh: '待办', en: 'Due' },
  done: { zh: '已完成', en: 'Done' },
  overdue: { zh: '逾期', en: 'Overdue' },
};

const counties = ['630202', '630203', '630222', '630223', '630224', '630225', '640502', '620402', '341602', '530902'];

/** Duty calendar of a county for the year (issue 13); education officers mark duties done (audited). */
export function DutiesPanel({ canMark }: { canMark: boolean }) {
  const { tr } = useI18n();
  const [county, setCounty] = useState('630202');
  const year = new Date().getFullYear();
  const list = useApi((o) => api.education.duties.$get({ query: { county, year } }, o), [county, year]);
  const [marked, setMarked] = useState(0);
  const action = useAction();
  const today = new Date().toISOString().slice(0, 10);
  const mark = async (dutyId: string, dueDate: string) => {
    if (await action.run(() => api.education.duties.done.$post({ json: { county, dutyId, dueDate, doneOn: today } }))) {
      list.reload();
      setMarked((n) => n + 1);
    }
  };
  const error = action.error ?? list.error;
  return (
    <div data-testid="edu-duties">
      <div className="edu-form">
        <label>
          {tr('县区', 'County')}
          <select value={county} onChange={(e) => setCounty(e.target.value)}>
            {counties.map((c) => <option key={c} value={c}>{placeName(tr, c)}</option>)}
          </select>
        </label>
      </div>
      {error && <p className="error" role="alert">{error.message}</p>}
      {canMark && <DutyReminders county={county} year={year} refresh={marked} />}
      {!list.data ? (
        <p className="loading">{tr('加载中…', 'Loading…')}</p>
      ) : list.data.duties.length === 0 ? (
        <p>{tr(`${list.data.ruleSet.document} 未规定日期性职责`, `${list.data.ruleSet.document} names no dated duty`)}</p>
      ) : (
        <table>
          <thead>
            <tr><th>{tr('到期日', 'Due')}</th><th>{tr('职责', 'Duty')}</th><th>{tr('依据', 'Article')}</th><th>{tr('状态', 'Status')}</th><th /></tr>
          </thead>
          <tbody>
            {list.data.duties.map((d) => (
              <tr key={`${d.dutyId}@${d.dueDate}`} className={d.status === 'overdue' ? 'edu-below' : ''}>
                <td>{d.dueDate}</td><td>{d.text}</td><td><small>{d.article}</small></td><td>{tr(statusLabels[d.status])}{d.doneOn ? `（${d.doneOn}）` : ''}</td>
                <td>{canMark && d.status !== 'done' && <button type="button" disabled={action.busy} onClick={() => void mark(d.dutyId, d.dueDate)}>{tr('标记完成', 'Mark done')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** In-app reminder for the education role: overdue duties and those due within 14 days. */
function DutyReminders({ county, year, refresh }: { county: string; year: number; refresh: number }) {
  const { tr } = useI18n();
  const r = useApi((o) => api.education.duties.reminders.$get({ query: { county, year } }, o), [county, year, refresh]);
  if (r.error) return <p className="error" role="alert">{r.error.message}</p>;
  if (!r.data || r.data.reminders.length === 0) return null;
  const n = r.data.reminders.length;
  return (
    <p className="edu-reminder" role="status" data-testid="edu-duty-reminders">
      {tr(`提醒：${n} 项职责逾期或将在14天内到期`, `Reminder: ${n} duties overdue or due within 14 days`)}
    </p>
  );
}
