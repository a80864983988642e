import { describe, expect, it } from 'vitest';
import type { PrimaStacks } from '../lib/prima';
import { synth } from './support';

/** Asset hashes (content-addressed zips and directories) change with every code change: not the point here. */
const redact = (template: unknown) =>
  JSON.parse(JSON.stringify(template).replace(/[0-9a-f]{64}/g, '[asset-hash]')) as unknown;

const CONCERNS = [
  'data',
  'auth',
  'protection',
  'edge',
  'api',
  'workers',
  'ops',
] as const satisfies readonly (keyof Omit<PrimaStacks, 'config'>)[];

/**
 * The synthesized templates of the dev stage, asset hashes redacted. A change here is a change of what gets
 * deployed: review the diff like a `cdk diff`, then update with `vitest -u`.
 */
describe('templates of the dev stage', () => {
  const s = synth();
  it.each(CONCERNS)('%s', (concern) => {
    expect(redact(s.json(concern))).toMatchSnapshot();
  });
});
