import type { DemoSeeder } from './seeders';

/** Every domain's demo loader, in dependency order (education marks schools with gas hazards). */
export const demoSeeders: DemoSeeder[] = [];
