import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { chinaDate, isIsoDate } from '../../api/domain/shared/calendarDate';
import type { Bilingual } from '../../api/domain/shared/bilingual';

/** A stop of the slider: a day and what it is (the end of a round, a school term's census day). */
export interface TimeStop {
  date: string;
  label: Bilingual;
}

/**
 * The time slider of a view tied to the map (issue 11): a stepper over the given stops (the last
 * one is today) and a date field; `value` '' is today. The view's list and map show the state at
 * the end of the chosen day (the API's `asOf`); "截至 YYYY-MM-DD" says which day that is.
 */
export function TimeSlider(props: { stops: readonly TimeStop[]; value: string; onChange(asOf: string): void; testId: string; title: Bilingual }) {
  const { tr } = useI18n();
  const id = useId();
  const today = chinaDate(new Date());
  const day = props.value || today;
  const stops = props.stops.length ? props.stops : [{ date: today, label: { zh: '今天', en: 'Today' } }];
  const t = props.testId;
  // The stop at or before the chosen day (a typed date between stops sits on the earlier one).
  const at = Math.max(0, stops.findLastIndex((s) => s.date <= day));
  const go = (i: number) => {
    const s = stops[Math.min(stops.length - 1, Math.max(0, i))]!;
    props.onChange(s.date === today ? '' : s.date);
  };
  return (
    <fieldset className="time-slider" data-testid={t}>
      <legend>{tr(props.title)}</legend>
      <strong data-testid={`${t}-label`}>{tr(`截至 ${day}`, `As of ${day}`)}{props.value ? '' : tr('（今天）', ' (today)')}</strong>
      <div className="time-slider-row">
        <button type="button" aria-label={tr('上一个', 'Previous')} disabled={at === 0 && stops[0]!.date >= day} onClick={() => go(stops[at]!.date < day ? at : at - 1)} data-testid={`${t}-prev`}>◀</button>
        <input
          id={id}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={at}
          onChange={(e) => go(Number(e.target.value))}
          aria-valuetext={`${tr(stops[at]!.label)} ${stops[at]!.date}`}
          aria-label={tr(props.title)}
          data-testid={`${t}-range`}
        />
        <button type="button" aria-label={tr('下一个', 'Next')} disabled={at === stops.length - 1} onClick={() => go(at + 1)} data-testid={`${t}-next`}>▶</button>
      </div>
      <div className="time-slider-stops" aria-hidden="true">
        {stops.map((s, i) => <span key={s.date} className={i === at ? 'current' : ''}>{tr(s.label)}</span>)}
      </div>
      <label>
        {tr('日期', 'Date')}
        <input
          type="date"
          max={today}
          value={day}
          onChange={(e) => { const v = e.target.value; if (isIsoDate(v)) props.onChange(v >= today ? '' : v); }}
          data-testid={`${t}-date`}
        />
      </label>
    </fieldset>
  );
}
