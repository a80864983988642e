import { defineConfig } from 'vitest/config';

// The SDK warns on Node 20 at every client creation; the supported runtime in AWS is nodejs22.x.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/**
 * Two projects: `unit` (pure code beside its source, no I/O) and `integration` (suites in test/ that talk to
 * DynamoDB Local, a server or a browser). DynamoDB Local starts once per run, in memory, in the global setup.
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
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one worker runs suites while DynamoDB Local (Java) takes the other.
          maxWorkers: 2,
        },
      },
    ],
  },
});
