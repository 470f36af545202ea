import { lazy } from 'react';
import type { Menu } from '../auth/session';
import type { Bilingual } from '../../api/domain/shared/bilingual';

/** One map view per domain; each lives in its own folder under web/features. */
export const views: Record<Menu, { label: Bilingual; component: ReturnType<typeof lazy> }> = {
  underground: { label: { zh: '地下空间', en: 'Underground space' }, component: lazy(() => import('../features/underground/UndergroundView')) },
  gas: { label: { zh: '燃气安全督查', en: 'Gas-safety inspection' }, component: lazy(() => import('../features/gas/GasView')) },
  education: { label: { zh: '控辍保学', en: 'Dropout control' }, component: lazy(() => import('../features/education/EducationView')) },
  admin: { label: { zh: '系统管理', en: 'Administration' }, component: lazy(() => import('../features/admin/AdminView')) },
};

