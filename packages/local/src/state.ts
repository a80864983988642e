import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `.data/local.json`: written by a running `pnpm start` so the operator CLI can use its database instead of
 * starting a second DynamoDB Local on the same files; removed when it stops.
 */
export interface LocalState {
  /** DynamoDB Local endpoint. */
  endpoint: string;
  /** The process serving `url`; the state counts only while it is alive. */
  pid: number;
  url: string;
  tableName: string;
  /** DynamoDB Local's process, to clean up after a start that was killed hard. */
  databasePid?: number;
}

export function readState(file: string): LocalState | null {
  if (!existsSync(file)) return null;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalState>;
    if (typeof s.endpoint !== 'string' || typeof s.pid !== 'number' || typeof s.url !== 'string') return null;
    return { tableName: 'prima', ...s } as LocalState;
  } catch {
    return null;
  }
}

export function writeState(file: string, state: LocalState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the state file if it still describes `pid` (another start may have replaced it). */
export function removeState(file: string, pid: number): void {
  if (readState(file)?.pid === pid) rmSync(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The state of a running local platform, or null when none runs (a stale file does not count). */
export function runningState(file: string): LocalState | null {
  const s = readState(file);
  return s && s.pid !== process.pid && isAlive(s.pid) ? s : null;
}

/**
 * After a start that was killed hard (SIGKILL), its DynamoDB Local may still hold the database files. Stops it,
 * but only when that process is still DynamoDB Local (the pid may have been reused), then removes the stale file.
 */
export async function clearStaleState(file: string): Promise<void> {
  const s = readState(file);
  if (!s || isAlive(s.pid)) return;
  const pid = s.databasePid;
  if (pid && isAlive(pid) && commandLine(pid).includes('DynamoDBLocal')) {
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(file, { force: true });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
