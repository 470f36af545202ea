import { Hono } from 'hono';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { defaultAsOf } from '../services/education/defaultAsOf';
import { exportCases } from '../services/education/exportCases';
import { caseOrThrow, caseProgress } from '../services/education/loadCase';
import { listMaskedCases } from '../services/education/listMaskedCases';
import { closeCase, placeChild } from '../services/education/placeChild';
import { printNotice } from '../services/education/printNotice';
import { recordEscalation } from '../services/education/recordEscalation';
import { addLegalStep } from '../services/education/recordLegalStep';
import { revealCase, viewCase } from '../services/education/viewCase';
import { caseIdParam, caseListQuery, closeBody, escalationBody, legalStepBody, noticeQuery, placementBody } from './educationSchemas';

// Individual children: only 'education' and 'admin' (PIPL Art. 28). Responses carry no-store.
const childRoles = ['education', 'admin'] as const;
const doc = (method: 'get' | 'post', path: string, summary: string, extra: { body?: never; query?: never; produces?: string } = {}) =>
  documented({ method, path: `/api/education${path}`, summary, tag: 'education', access: childRoles, ...extra });
doc('get', '/cases', '案件列表（身份证号、姓名脱敏） / cases, masked', { query: caseListQuery as never });
doc('get', '/cases/export.xlsx', '导出案件（XLSX，审计） / export cases (audited)', { query: caseListQuery as never, produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
doc('get', '/cases/{id}', '案件详情（完整信息，审计） / case detail (audited)');
doc('post', '/cases/{id}/reveal', '显示完整身份证号（审计） / reveal full ID number (audited)');
doc('get', '/cases/{id}/escalation', '劝返进度（阶段、下一步、期限） / escalation stage, next action, due dates');
doc('post', '/cases/{id}/escalation', '记录劝返措施或事件 / record an escalation action or event', { body: escalationBody as never });
doc('post', '/cases/{id}/legal-steps', '记录四步法步骤（须按顺序） / record a legal step (in order)', { body: legalStepBody as never });
doc('post', '/cases/{id}/placement', '返校安置 / placement of a returned child', { body: placementBody as never });
doc('post', '/cases/{id}/close', '结案 / close a case', { body: closeBody as never });
doc('get', '/cases/{id}/notice.pdf', '打印通知书（PDF，审计） / print a notice (PDF, audited)', { query: noticeQuery as never, produces: 'application/pdf' });

const actorOf = (c: { var: AppEnv['Variables'] }) => ({ username: c.var.user.username, role: c.var.user.role });

export const educationCasesRoutes = new Hono<AppEnv>()
  .use(requireRole(...childRoles))
  .use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  })
  .get('/cases', queryOf(caseListQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await listMaskedCases(c.var.db, { countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty === undefined ? undefined : q.poverty === 'true', runId: q.runId, limit: q.limit, offset: q.offset }));
  })
  .get('/cases/export.xlsx', queryOf(caseListQuery), async (c) => {
    const q = c.req.valid('query');
    const filter = { countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty === undefined ? undefined : q.poverty === 'true', runId: q.runId };
    const bytes = await c.var.db.transaction((tx) => exportCases(tx, actorOf(c), filter));
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="cases.xlsx"`);
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  })
  .get('/cases/:id', paramsOf(caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => viewCase(tx, actorOf(c), id, asOf)));
  })
  .post('/cases/:id/reveal', paramsOf(caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await c.var.db.transaction((tx) => revealCase(tx, actorOf(c), id)));
  })
  .get('/cases/:id/escalation', paramsOf(caseIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const found = await caseOrThrow(c.var.db, id);
    return c.json(await caseProgress(c.var.db, found, await defaultAsOf(c.var.db)));
  })
  .post('/cases/:id/escalation', paramsOf(caseIdParam), jsonBody(escalationBody), async (c) => {
    const { id } = c.req.valid('param');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => recordEscalation(tx, actorOf(c), id, c.req.valid('json'), asOf)), 201);
  })
  .post('/cases/:id/legal-steps', paramsOf(caseIdParam), jsonBody(legalStepBody), async (c) => {
    const { id } = c.req.valid('param');
    const { act, date } = c.req.valid('json');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => addLegalStep(tx, actorOf(c), id, act, date, asOf)), 201);
  })
  .post('/cases/:id/placement', paramsOf(caseIdParam), jsonBody(placementBody), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await c.var.db.transaction((tx) => placeChild(tx, actorOf(c), id, c.req.valid('json'))));
  })
  .post('/cases/:id/close', paramsOf(caseIdParam), jsonBody(closeBody), async (c) => {
    const { id } = c.req.valid('param');
    const { date, reason } = c.req.valid('json');
    return c.json(await c.var.db.transaction((tx) => closeCase(tx, actorOf(c), id, date, reason)));
  })
  .get('/cases/:id/notice.pdf', paramsOf(caseIdParam), queryOf(noticeQuery), async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const date = q.date ?? (await defaultAsOf(c.var.db));
    const bytes = await c.var.db.transaction((tx) => printNotice(tx, actorOf(c), id, q.kind, date));
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `inline; filename="notice-${id}.pdf"`);
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });
