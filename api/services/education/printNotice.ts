import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { noticePlaces } from '../../../db/repositories/educationCases';
import { noticeText } from '../../domain/education/noticeText';
import { assertPdfFonts } from '../documents/officialPdf';
import { noticePdf } from './noticePdf';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { NoticeQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { caseOrThrow } from './loadCase';

/** Fills a notice from a case as a one-page PDF naming the county, township and school, with seal areas and a tear-off 回执, dated `date` or the data's date; audited. 503 when the CJK font is absent. */
export async function printNotice(db: Db, user: SessionUser, id: number, { kind, date: given }: NoticeQuery): Promise<Uint8Array> {
  assertPdfFonts();
  return db.transaction(async (tx) => {
    const date = given ?? (await defaultAsOf(tx));
    const c = await caseOrThrow(tx, id);
    const places = await noticePlaces(tx, c);
    const text = noticeText({
      kind,
      caseId: c.id,
      childName: c.name,
      countyCode: c.responsibleCountyCode,
      township: places.township,
      school: places.school ?? '户籍所在地就近的义务教育学校',
      date,
    });
    const pdf = await noticePdf(text);
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.notice', objectType: 'edu_case', objectId: id, result: 'ok', detail: { kind, date } });
    return pdf;
  });
}
