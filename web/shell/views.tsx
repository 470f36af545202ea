import { lazy } from 'react';
import type { Menu } from '../auth/session';

/** One map view per domain; each lives in its own folder under web/features. */
export const views: Record<Menu, { zh: string; en: string; component: ReturnType<typeof lazy> }> = {
  underground: { zh: '地下空间', en: 'Underground space', component: lazy(() => import('../features/underground/UndergroundView')) },
  gas: { zh: '燃气安全督查', en: 'Gas-safety inspection', component: lazy(() => import('../features/gas/GasView')) },
  education: { zh: '控辍保学', en: 'Dropout control', component: lazy(() => import('../features/education/EducationView')) },
};
