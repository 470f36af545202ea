import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateGeography } from './geography';

// Usage: tsx data/generate/cli.ts --seed haidong --scale 10 --out data/generated

const usage = 'usage: tsx data/generate/cli.ts [--seed <text>] [--scale <number>] [--out <dir>]';

function parseArgs(argv: readonly string[]): { seed: string; scale: number; out: string } {
  const values: Record<string, string> = { seed: 'haidong', scale: '1', out: 'data/generated' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--(seed|scale|out)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${usage}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${usage}`);
    values[match[1]] = value;
  }
  const scale = Number(values.scale);
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`--scale must be a positive number\n${usage}`);
  return { seed: values.seed, scale, out: values.out };
}

function main(): void {
  const { seed, scale, out } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const geography = generateGeography({ seed, scale });
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  for (const [name, collection] of Object.entries(geography)) {
    writeFileSync(join(dir, `${name}.geojson`), JSON.stringify(collection));
    console.log(`${name}: ${collection.features.length} features → ${join(dir, `${name}.geojson`)}`);
  }
  const population = geography.villages.features.reduce((s, f) => s + f.properties.population, 0);
  console.log(`seed=${seed} scale=${scale} population=${population} in ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
