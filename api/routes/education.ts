import { Hono } from 'hono';
import { coverage, type CoverageInput } from '../domain/education/coverage';
import { crossCheck } from '../domain/education/crossCheck';
import { requireAuth, requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { jsonBody } from '../http/validate';
import { educationAnalysesRoutes } from './educationAnalyses';
import { educationCasesRoutes } from './educationCases';
import { educationRegistersRoutes } from './educationRegisters';
import { invalidateEducationAnalyses } from '../services/education/storedCoverage';
import { coverageBody, crossCheckBody } from './educationSchemas';

// 控辍保学 API. The two stateless contracts compute on the request body only and store nothing.
const childRoles = ['education', 'admin'] as const;
documented({ method: 'post', path: '/api/education/cross-check', summary: '四查三比对（无状态） / cross-check of four registers (stateless)', tag: 'education', access: childRoles, body: crossCheckBody });
documented({ method: 'post', path: '/api/education/coverage', summary: '招生片区覆盖（无状态） / catchment coverage (stateless)', tag: 'education', access: childRoles, body: coverageBody });

const contracts = new Hono<AppEnv>()
  .post('/cross-check', requireRole(...childRoles), jsonBody(crossCheckBody), async (c) => {
    c.header('Cache-Control', 'no-store');
    const { outOfSchool, dropouts, povertyDropouts, notInHousehold, invalidIds, counts } = crossCheck(c.req.valid('json'));
    return c.json({ outOfSchool, dropouts, povertyDropouts, notInHousehold, invalidIds, counts });
  })
  .post('/coverage', requireRole(...childRoles), jsonBody(coverageBody), async (c) => {
    c.header('Cache-Control', 'no-store');
    const { catchments, uncovered, overlaps } = coverage(c.req.valid('json') as unknown as CoverageInput);
    return c.json({ catchments, uncovered, overlaps });
  });

// The stateless contracts write nothing; every other successful non-GET request wrote education
// data, so the cached analyses of this process are dropped (other instances: the cache's TTL).
const stateless = new Set(['/api/education/cross-check', '/api/education/coverage']);

export const educationRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .use(async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400 && !stateless.has(c.req.path)) invalidateEducationAnalyses();
  })
  .route('/', contracts)
  .route('/', educationAnalysesRoutes)
  .route('/', educationCasesRoutes)
  .route('/', educationRegistersRoutes);
