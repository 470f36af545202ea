// Inspection campaigns and their rounds, as data with dates. Another year's campaign is a new
// entry here, not a change in code. No I/O.
import { dayNumber, type IsoDate } from '../shared/calendarDate';
import type { Bilingual } from '../shared/bilingual';

export interface CampaignRound {
  readonly no: number;
  readonly name: Bilingual;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  /** The group's report (附件1 with the hazard list 附件2) is due by this day. */
  readonly reportDueOn: IsoDate;
  readonly article: string;
}

export interface Campaign {
  readonly id: string;
  readonly document: string;
  readonly title: string;
  readonly issuedOn: IsoDate;
  /** Each group spends at least this many days per round ("原则上每次督查时间不少于一周"). */
  readonly minDaysPerRound: number;
  readonly rounds: readonly CampaignRound[];
}

export const campaigns: readonly Campaign[] = [
  {
    id: 'haidong-gas-2023',
    document: '东政办〔2023〕98号',
    title: '海东市城镇燃气安全专项整治督导检查',
    issuedOn: '2023-10-13',
    // 东政办〔2023〕98号 §一(一)
    minDaysPerRound: 7,
    rounds: [
      {
        no: 1,
        // §一(一): "第一次：10月13日至10月31日…开展综合督导".
        name: { zh: '全面排查', en: 'Comprehensive inspection' },
        startsOn: '2023-10-13',
        endsOn: '2023-10-31',
        // §五 closing paragraph: reports "分别于10月31日前、11月30日前" 报专班办公室.
        reportDueOn: '2023-10-31',
        article: '东政办〔2023〕98号 §一(一), 附件1',
      },
      {
        no: 2,
        // §一(一): "第二次：11月1日至11月30日…开展督查'回头看'"; focus in §四.
        name: { zh: '回头看', en: 'Look-back' },
        startsOn: '2023-11-01',
        endsOn: '2023-11-30',
        reportDueOn: '2023-11-30',
        article: '东政办〔2023〕98号 §一(一), §四, 附件1',
      },
    ],
  },
];

/** The round running on `date` (both ends inclusive), or null between or outside rounds. */
export function roundOn(campaign: Campaign, date: IsoDate): CampaignRound | null {
  const day = dayNumber(date);
  return (
    campaign.rounds.find((r) => dayNumber(r.startsOn) <= day && day <= dayNumber(r.endsOn)) ?? null
  );
}

export function campaignById(id: string): Campaign | undefined {
  return campaigns.find((c) => c.id === id);
}

/**
 * How a record's day is placed in a round, stated to the user with every visit and hazard: the
 * round whose dates contain the day (§一(一) gives each round its dates); a day outside every round
 * is kept as "outside a round" — counted, listed and mapped, never refused or invisible.
 */
export const roundRule: Bilingual = {
  zh: '记录日期在某一督查轮次起止日期内的，计入该轮次（东政办〔2023〕98号 §一(一)）；不在任何轮次内的，作为「轮次外」记录保存，照常在地图、列表和统计中显示',
  en: 'A record dated within a round (Directive 98 (2023) §1(1)) counts in that round; one dated outside every round is kept as "outside a round" and still shown on the map, in lists and in counts',
};

/**
 * §一(一) "原则上每次督查时间不少于一周": a group's inspection days in a district in a round (distinct
 * days with a recorded visit) against the campaign's setting (minDaysPerRound, 7).
 */
export function inspectionDaysCheck(days: number, minDaysPerRound: number, round: { endsOn: IsoDate }, today: IsoDate) {
  return {
    inspectionDays: days,
    minDaysPerRound,
    belowMinDays: days < minDaysPerRound,
    /** Until the round has ended, a shortfall can still be made up. */
    roundEnded: dayNumber(today) > dayNumber(round.endsOn),
  };
}
