// The text of the two written notices of the four-step procedure, filled for one child: who
// issues it (the county education bureau and the township government, by name), the school to
// attend, the deadline date and the tear-off 回执 the guardian signs and returns. No I/O.
import { addDays, type IsoDate } from '../shared/calendarDate';
import { countyNames, isCountyCode } from '../geo/vocabulary';
import { noticeKindLabels, type NoticeKind } from './vocabulary';

/** Days the guardian has from receiving the notice (see the texts below for the articles). */
export const noticeDays: Record<NoticeKind, number> = {
  // 东政办〔2023〕101号 第十二条(八); 卫沙政办规发〔2023〕4号 第七条: 限期 5 日内送入学
  deadline_notice: 5,
  // 东政办〔2023〕101号 第十六条（四步法第二步）: 责令 7 日内改正
  order_to_correct: 7,
};

export interface NoticeFacts {
  readonly kind: NoticeKind;
  readonly caseId: number;
  readonly childName: string;
  readonly countyCode: string;
  /** The child's township by name (e.g. 碾伯镇); null when the case has no child record. */
  readonly township: string | null;
  readonly school: string;
  /** The day the notice is issued. */
  readonly date: IsoDate;
}

export interface NoticeText {
  readonly title: string;
  readonly number: string;
  readonly paragraphs: readonly string[];
  /** The issuing bodies by name, each with its seal. */
  readonly issuers: readonly string[];
  readonly dateLine: string;
  readonly deadline: IsoDate;
  readonly receipt: { readonly title: string; readonly paragraphs: readonly string[]; readonly signLine: string };
}

const cnDate = (iso: IsoDate) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The notice filled in: names, never codes (a county code is shown only if it is unknown). */
export function noticeText(f: NoticeFacts): NoticeText {
  const county = isCountyCode(f.countyCode) ? countyNames[f.countyCode].official : f.countyCode;
  const issuers = [`${county}教育局`, ...(f.township ? [`${f.township}人民政府`] : [])];
  const deadline = addDays(f.date, noticeDays[f.kind]);
  const title = noticeKindLabels[f.kind].zh;
  const number = `控辍〔${f.date.slice(0, 4)}〕${f.caseId}号`;
  const who = `${f.childName}的父母或其他法定监护人：`;
  const paragraphs =
    f.kind === 'deadline_notice'
      ? [
          who,
          `经核查，你的子女（被监护人）${f.childName}为义务教育适龄儿童少年，目前未按规定入学（或已辍学）。根据《中华人民共和国义务教育法》第五条、第十一条的规定，适龄儿童少年的父母或其他法定监护人应当依法保证其按时入学接受并完成义务教育。`,
          `请你于收到本通知之日起${noticeDays[f.kind]}日内，即${cnDate(deadline)}前，送${f.childName}到${f.school}入学（复学）。逾期不送的，将依法责令改正，并可依法给予行政处罚。`,
        ]
      : [
          who,
          `你的子女（被监护人）${f.childName}经宣传教育仍未入学（复学）。你的行为违反了《中华人民共和国义务教育法》第五条的规定。根据《中华人民共和国义务教育法》第五十八条的规定，现责令你改正，于收到本通知书之日起${noticeDays[f.kind]}日内，即${cnDate(deadline)}前，送被监护人到${f.school}接受义务教育。`,
          `逾期拒不改正的，将依法给予行政处罚；仍拒不履行的，将依法申请人民法院强制执行或提起诉讼。`,
        ];
  return {
    title,
    number,
    paragraphs,
    issuers,
    dateLine: cnDate(f.date),
    deadline,
    receipt: {
      title: '回　执',
      paragraphs: [
        `${issuers.join('、')}：`,
        `《${title}》（${number}）已收到。我将于${cnDate(deadline)}前送${f.childName}到${f.school}入学（复学）。`,
      ],
      signLine: '监护人（签名）：__________　联系电话：__________　　年　月　日',
    },
  };
}
