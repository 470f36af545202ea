import { Hono } from 'hono';
import { requireAuth, requireRole } from '../http/auth';
import type { AppEnv } from '../http/context';
import { gasHazardRoutes } from './gasHazards';
import { gasOverviewRoutes } from './gasOverview';
import { gasReportRoutes } from './gasReports';

/**
 * Gas-safety inspection (东政办〔2023〕98号). Planners and education staff get 403 on every route;
 * the district scope of each object and list is enforced in the services (accessScope).
 */
export const gasRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .use(requireRole('inspector', 'official', 'admin'))
  .route('/', gasHazardRoutes)
  .route('/', gasOverviewRoutes)
  .route('/', gasReportRoutes);
