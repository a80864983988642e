import { configDefaults, defineConfig } from 'vitest/config';

// The SDK warns on Node 20 at every client creation; the supported runtime in AWS is nodejs22.x.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SEED_SUITE = 'test/local/seed-activity.test.ts';

/**
 * Three projects, run one after the other: `unit` (pure code beside its source, no I/O), `integration` (suites in
 * test/ that talk to DynamoDB Local, a server or a browser) and `seed` (the demo's first start, alone). DynamoDB
 * Local starts in memory in each project's global setup.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts', 'functions/*/src/**/*.test.ts', 'infra/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SEED_SUITE],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one worker runs suites while DynamoDB Local (Java) takes the other.
          maxWorkers: 2,
        },
      },
      {
        test: {
          // The demo's first start plays months of activity through the API (~1,000 transactions): alone after the
          // other suites it takes under a minute; beside them it fights for the same DynamoDB Local and takes four.
          name: 'seed',
          sequence: { groupOrder: 2 },
          include: [SEED_SUITE],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
