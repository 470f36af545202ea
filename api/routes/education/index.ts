import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { checkCoverage } from '../../services/education/checkCoverage';
import { crossCheckRegisters } from '../../services/education/crossCheckRegisters';
import { previewEscalation } from '../../services/education/previewEscalation';
import { educationAnalysesRoutes } from './analyses';
import { educationCasesRoutes } from './cases';
import { educationDutiesRoutes } from './duties';
import { educationRegistersRoutes } from './registers';
import { educationRiskRoutes } from './risk';
import { childRoles, coverageBody, crossCheckBody, escalationPreviewBody } from './schemas';

// 控辍保学 API. The three stateless contracts compute on the request body only and store nothing.
const contracts = new Hono<AppEnv>()
  .post('/cross-check', route({ summary: '四查三比对（无状态） / cross-check of four registers (stateless)', tag: 'education', access: childRoles, personal: true, body: crossCheckBody }), (c) =>
    c.json(crossCheckRegisters(c.req.valid('json'))),
  )
  .post('/coverage', route({ summary: '招生片区覆盖（无状态） / catchment coverage (stateless)', tag: 'education', access: childRoles, personal: true, body: coverageBody }), (c) =>
    c.json(checkCoverage(c.req.valid('json'))),
  )
  .post(
    '/escalation/preview',
    route({
      summary: '缺课升级预览（无状态；按教学日计） / stateless absence-escalation preview (school days)',
      tag: 'education',
      access: 'any',
      body: escalationPreviewBody,
    }),
    (c) => c.json(previewEscalation(c.req.valid('json'), c.var.lang)),
  );

export const educationRoutes = new Hono<AppEnv>().route('/', contracts).route('/', educationAnalysesRoutes).route('/', educationCasesRoutes).route('/', educationRegistersRoutes).route('/', educationDutiesRoutes).route('/', educationRiskRoutes);
