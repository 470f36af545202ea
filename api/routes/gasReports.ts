import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { reportItemKinds } from '../../db/schema/gas';
import { districtCodes } from '../domain/gas/districts';
import { listReportItems, recordReportItem } from '../services/gas/recordReportItem';
import { buildReport } from '../services/gas/buildReport';
import { hazardListXlsx } from '../services/gas/hazardListXlsx';
import { reportDocx } from '../services/gas/reportDocx';
import { saveReportTexts } from '../services/gas/saveReportTexts';
import { isoDate } from './gasQuery';

const reportParams = z.object({ groupNo: z.coerce.number().int().min(1).max(9), round: z.coerce.number().int().min(1).max(20) });
const reportQuery = z.object({ campaign: z.string().max(100).optional() });
const textsBody = z.object({ campaign: z.string().max(100).optional(), sections: z.record(z.string(), z.string().max(20_000)) });
const itemBody = z.object({
  campaign: z.string().max(100).optional(),
  kind: z.enum(reportItemKinds),
  text: z.string().trim().min(1).max(2000),
  districtCode: z.enum(districtCodes).optional(),
  recordedOn: isoDate.optional(),
});

const access = ['inspector', 'official', 'admin'] as const;
documented({ method: 'get', path: '/api/gas/reports/{groupNo}/{round}', summary: '督查报告（附件1）/ round report', tag: 'gas', access, query: reportQuery });
documented({ method: 'put', path: '/api/gas/reports/{groupNo}/{round}', summary: '编辑报告文字 / edit report text sections', tag: 'gas', access, body: textsBody });
documented({ method: 'get', path: '/api/gas/reports/{groupNo}/{round}/docx', summary: '导出报告 DOCX / export report as DOCX', tag: 'gas', access, query: reportQuery, produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
documented({ method: 'get', path: '/api/gas/reports/{groupNo}/{round}/xlsx', summary: '导出隐患清单（附件2）XLSX / hazard list as XLSX', tag: 'gas', access, query: reportQuery, produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
documented({ method: 'get', path: '/api/gas/reports/{groupNo}/{round}/items', summary: '报告录入项（问题、建议、谈话、走访部门/政府） / report inputs of a group and round', tag: 'gas', access, query: reportQuery });
documented({ method: 'post', path: '/api/gas/reports/{groupNo}/{round}/items', summary: '录入问题/建议/谈话/走访部门或政府 / record a problem, suggestion, interview, department or government visited', tag: 'gas', access, body: itemBody, responses: { '201': 'created', '403': 'another group, or a district outside the user\'s' } });

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const gasReportRoutes = new Hono<AppEnv>()
  .get('/reports/:groupNo/:round', paramsOf(reportParams), queryOf(reportQuery), async (c) => {
    const p = c.req.valid('param');
    return c.json(await buildReport(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign));
  })
  .put('/reports/:groupNo/:round', paramsOf(reportParams), jsonBody(textsBody), async (c) => {
    const p = c.req.valid('param');
    const b = c.req.valid('json');
    return c.json(await saveReportTexts(c.var.db, c.var.user, p.groupNo, p.round, b.campaign, b.sections));
  })
  .get('/reports/:groupNo/:round/items', paramsOf(reportParams), queryOf(reportQuery), async (c) => {
    const p = c.req.valid('param');
    return c.json(await listReportItems(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign));
  })
  .post('/reports/:groupNo/:round/items', paramsOf(reportParams), jsonBody(itemBody), async (c) => {
    const p = c.req.valid('param');
    return c.json(await recordReportItem(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('json')), 201);
  })
  .get('/reports/:groupNo/:round/docx', paramsOf(reportParams), queryOf(reportQuery), async (c) => {
    const p = c.req.valid('param');
    const report = await buildReport(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign);
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    c.header('Content-Disposition', attachment(`${report.groupName}${report.roundName}督查报告.docx`));
    return c.body(new Uint8Array(reportDocx(report)));
  })
  .get('/reports/:groupNo/:round/xlsx', paramsOf(reportParams), queryOf(reportQuery), async (c) => {
    const p = c.req.valid('param');
    const report = await buildReport(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign);
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', attachment(`${report.groupName}${report.roundName}隐患问题清单.xlsx`));
    return c.body(new Uint8Array(await hazardListXlsx(report)));
  });
