import type { TimeStop } from '../../lists/TimeSlider';

// The gas time slider's stops (东政办〔2023〕98号 rounds): the state at the end of each round.
export interface SliderRound {
  no: number;
  nameZh: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
}

/** The slider's stops: the last day of each round begun by today (today for a running one), then today. */
export function roundStops(rounds: readonly SliderRound[], today: string): TimeStop[] {
  const stops = rounds
    .filter((r) => r.startsOn <= today)
    .map((r) => {
      const date = r.endsOn < today ? r.endsOn : today;
      return { date, label: { zh: `第${r.no}轮末`, en: `End of round ${r.no}` } };
    })
    .filter((s) => s.date < today);
  return [...stops, { date: today, label: { zh: '今天', en: 'Today' } }];
}

