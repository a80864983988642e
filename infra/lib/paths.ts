import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: NodejsFunction bundles from here, with the workspace's lockfile. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Lambda entries, relative to the repository root. */
export const ENTRIES = {
  api: 'functions/api/src/lambda.ts',
  slaSweeper: 'functions/workers/src/lambda/sla-sweeper.ts',
  notificationSender: 'functions/workers/src/lambda/notification-sender.ts',
} as const;

export const LOCKFILE = 'pnpm-lock.yaml';

/**
 * NodejsFunction runs esbuild as `pnpm exec esbuild` in the current directory. esbuild is a dependency of
 * @prima/infra, not of the workspace root where `pnpm synth` runs, so its bin directory goes on the PATH of this
 * process (idempotent). Adding esbuild to the root devDependencies would make this unnecessary.
 */
export function putEsbuildOnPath(): void {
  const bin = join(REPO_ROOT, 'infra', 'node_modules', '.bin');
  const path = process.env.PATH ?? '';
  if (!path.split(delimiter).includes(bin)) process.env.PATH = `${bin}${delimiter}${path}`;
}
