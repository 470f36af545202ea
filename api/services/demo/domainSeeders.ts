import type { DemoSeeder } from './seeders';
import { undergroundSeeder } from '../underground/seedUnderground';
import { gasDemoSeeder } from '../gas/seedDemo';
import { educationDemoSeeder } from '../education/seedEducationDemo';

/** Every domain's demo loader, in dependency order (education marks schools with gas hazards). */
export const demoSeeders: DemoSeeder[] = [gasDemoSeeder, educationDemoSeeder, undergroundSeeder];
