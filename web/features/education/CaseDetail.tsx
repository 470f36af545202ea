import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { legalActs } from '../../../api/domain/education/vocabulary';
import { caseKindWords, caseStatusWords, countyName, say, stageWords } from './educationWords';

type Detail = Awaited<ReturnType<typeof load>>;
const load = (id: number) => unwrap(api.education.cases[':id'].$get({ param: { id: String(id) } }));

/** Full record (the server audits each view): escalation timeline, legal steps, placement. */
export function CaseDetail({ id, onBack }: { id: number; onBack(): void }) {
  const { tr } = useI18n();
  const [d, setD] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reload, setReload] = useState(0);
  // The full ID number only on request: the server audits each reveal (PIPL Art. 28).
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => {
    load(id).then(setD).catch((e: Error) => setError(e.message));
  }, [id, reload]);
  useEffect(() => setRevealed(null), [id]);
  const reveal = async () => {
    try {
      setRevealed((await unwrap(api.education.cases[':id'].reveal.$post({ param: { id: String(id) } }))).idNumber);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
      setReload((n) => n + 1);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (error && !d) return <p className="error">{error}</p>;
  if (!d) return <p className="loading">{tr('加载中…', 'Loading…')}</p>;
  const c = d.case;
  const next = d.nextLegalStep;
  const param = { param: { id: String(id) } };
  return (
    <div className="edu-case" data-testid="edu-case-detail">
      <button type="button" onClick={onBack}>← {tr('返回列表', 'Back to list')}</button>
      <h3>{c.name} · {say(tr, caseKindWords[c.kind])} · {say(tr, caseStatusWords[c.status])}</h3>
      <dl className="kv">
        <dt>{tr('身份证号', 'ID number')}</dt>
        <dd>
          <span className="mono" data-testid="edu-id-number">{revealed ?? c.idNumberMasked}</span>{' '}
          {revealed === null && (
            <button type="button" data-testid="edu-reveal" onClick={() => void reveal()}>{tr('显示完整号码（将记录审计）', 'Reveal full number (audited)')}</button>
          )}
        </dd>
        <dt>{tr('出生日期', 'Birth date')}</dt><dd>{c.birthDate ?? '—'}</dd>
        <dt>{tr('户籍县区', 'Household county')}</dt><dd>{countyName(c.householdCountyCode, tr)}</dd>
        <dt>{tr('学籍', 'School')}</dt><dd>{d.child?.schoolName ?? c.schoolCode ?? '—'}</dd>
        <dt>{tr('责任县区', 'Responsible county')}</dt><dd>{countyName(c.responsibleCountyCode, tr)}{c.notifyCountyCode ? tr('（已函告）', ' (notified)') : ''}</dd>
        <dt>{tr('特殊群体', 'Groups')}</dt>
        <dd>{[d.child?.povertyAlleviated && tr('脱贫户', 'poverty'), d.child?.disabled && tr('残疾', 'disabled'), d.child?.leftBehind && tr('留守', 'left-behind'), d.child?.migrant && tr('随迁', 'migrant')].filter(Boolean).join('、') || '—'}</dd>
      </dl>
      <h3>{tr('劝返进度', 'Escalation')} {d.ruleSet && <span className="tag">{d.ruleSet.document}</span>}</h3>
      {d.ruleSetWarning && <p className="synthetic-note">{tr(d.ruleSetWarning.message, d.ruleSetWarning.messageEn)}</p>}
      {d.escalation ? (
        <>
          <p>{tr(`连续缺课 ${d.escalation.consecutiveDays} 天，阶段：`, `${d.escalation.consecutiveDays} consecutive days absent, stage: `)}{say(tr, stageWords[d.escalation.stage])}</p>
          <ol className="edu-timeline" data-testid="edu-escalation-timeline">
            {d.escalation.actionsDue.map((a) => (
              <li key={a.action} className={a.done ? 'done' : 'due'}>
                {tr(a.textZh, a.textEn)} — {a.dueDate ? tr(`期限 ${a.dueDate}`, `due ${a.dueDate}`) : tr('无期限', 'no deadline')} {a.done ? '✓' : ''}
              </li>
            ))}
          </ol>
          {d.escalation.nextAction && (
            <p data-testid="edu-next-action"><strong>{tr('下一步：', 'Next: ')}</strong>{tr(d.escalation.nextAction.textZh, d.escalation.nextAction.textEn)}{d.escalation.nextAction.dueDate ? `（${d.escalation.nextAction.dueDate}）` : ''}</p>
          )}
        </>
      ) : (
        <p className="empty">{tr('无缺课记录', 'No absences recorded')}</p>
      )}
      <div className="toolbar">
        <input type="date" data-testid="edu-step-date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="button" onClick={() => void act(() => unwrap(api.education.cases[':id'].escalation.$post({ ...param, json: { event: 'home_visit_failed', date } })))}>{tr('记录：家访劝返无效', 'Record: home visits failed')}</button>
        <button type="button" onClick={() => void act(() => unwrap(api.education.cases[':id'].escalation.$post({ ...param, json: { event: 'notice_issued', date } })))}>{tr('记录：已发限期入学通知', 'Record: notice issued')}</button>
      </div>
      <h3>{tr('四步法', 'Four legal steps')}</h3>
      <ol className="edu-timeline" data-testid="edu-legal-steps">
        {legalActs.map((a) => {
          const done = d.legalSteps.find((s) => s.act === a);
          return <li key={a} className={done ? 'done' : ''}>{a === 'performance_reminder' ? tr('催告履行', 'Reminder') : say(tr, legalWords[a])} {done ? `✓ ${done.date}` : ''}</li>;
        })}
      </ol>
      {next && c.status === 'open' && (
        <button type="button" data-testid="edu-record-legal" onClick={() => void act(() => unwrap(api.education.cases[':id']['legal-steps'].$post({ ...param, json: { act: next.act, date } })))}>
          {tr(`记录下一步：${next.nameZh}`, `Record next: ${next.nameEn}`)}
        </button>
      )}
      <h3>{tr('安置', 'Placement')}</h3>
      {c.placement ? <p>{JSON.stringify((c.placement as { kind: string }).kind)}</p> : c.status === 'open' && (
        <button type="button" onClick={() => void act(() => unwrap(api.education.cases[':id'].placement.$post({ ...param, json: { kind: 'regular_class', date } })))}>{tr('已返校：随班就读', 'Returned: regular class')}</button>
      )}
      <h3>{tr('文书', 'Documents')}</h3>
      <div className="toolbar">
        <a href={noticeUrl(id, 'deadline_notice')} target="_blank" rel="noreferrer">《限期入学通知书》</a>
        <a href={noticeUrl(id, 'order_to_correct')} target="_blank" rel="noreferrer">《责令送被监护人接受义务教育通知书》</a>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

const legalWords: Record<Exclude<(typeof legalActs)[number], 'performance_reminder'>, [string, string]> = {
  education: ['① 宣传教育', '① Education'],
  order_to_correct: ['② 责令改正', '② Order to correct'],
  administrative_penalty: ['③ 行政处罚', '③ Penalty'],
  court: ['④ 申请强制执行/提起诉讼', '④ Court'],
};

function noticeUrl(id: number, kind: 'deadline_notice' | 'order_to_correct'): string {
  const u = api.education.cases[':id']['notice.pdf'].$url({ param: { id: String(id) }, query: { kind } });
  return u.pathname + u.search;
}
