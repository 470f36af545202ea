import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { gasHazardRoutes } from './hazards';
import { gasOverviewRoutes } from './overview';
import { gasReportRoutes } from './reports';

/**
 * Gas-safety inspection (东政办〔2023〕98号). Each route admits gasRoles (planners and education
 * staff get 403); the district scope of each object and list is enforced in the services (accessScope).
 */
export const gasRoutes = new Hono<AppEnv>().route('/', gasHazardRoutes).route('/', gasOverviewRoutes).route('/', gasReportRoutes);
