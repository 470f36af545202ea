import type { Bilingual } from '../shared/bilingual';
/**
 * Roles of the product (issue 2). An inspector is bound to one inspection group
 * (东政办〔2023〕98号 §二: groups 1–7 area groups, 8 comprehensive, 9 covert spot-check).
 */
export const roles = ['planner', 'inspector', 'official', 'education', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, Bilingual> = {
  planner: { zh: '规划人员', en: 'Planner' },
  inspector: { zh: '督查人员', en: 'Inspector' },
  official: { zh: '领导/督办人员', en: 'Official' },
  education: { zh: '教育部门', en: 'Education officer' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

/** The menus (map views) each role may open; the API enforces the same split per route. */
export const menusByRole: Record<Role, readonly ('underground' | 'gas' | 'education' | 'admin')[]> = {
  planner: ['underground'],
  inspector: ['gas'],
  official: ['gas', 'education', 'underground'],
  education: ['education'],
  admin: ['underground', 'gas', 'education', 'admin'],
};
