import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { AppDeps } from '@prima/api';
import { checkJava, JavaMissingError } from './dynamodb';
import { LOCAL_PATHS } from './paths';
import { AlreadyRunningError, type LocalPlatform, runLocalPlatform } from './platform';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from './seed-data';
import { PortInUseError } from './server';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
type LogLevel = NonNullable<AppDeps['logLevel']>;

const say = (line = '') => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

/** The API's Powertools log level: WARN keeps the console readable; LOG_LEVEL overrides. */
function logLevel(): LogLevel {
  const wanted = process.env.LOG_LEVEL?.toUpperCase();
  if (!wanted) return 'WARN';
  if ((LOG_LEVELS as readonly string[]).includes(wanted)) return wanted as LogLevel;
  say(`LOG_LEVEL=${process.env.LOG_LEVEL} is not one of ${LOG_LEVELS.join(', ')}; using WARN.`);
  return 'WARN';
}

function port(): number {
  const raw = process.env.PORT ?? '3000';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) return fail(`PORT=${raw} is not a port number (1–65535).`);
  return n;
}

/** Seconds between runs of a worker, from the environment (0 turns it off). */
function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    return fail(`${name}=${raw} is not a number of seconds (0 turns it off).`);
  return n;
}

function printBanner(p: LocalPlatform) {
  const rel = (path: string) => relative(process.cwd(), path) || '.';
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length), DEMO_OPERATOR.email.length) + 2;
  say();
  say(`Prima is running at ${p.url}`);
  say(`  Public page of ${DEMO_TENANT.name}: ${p.url}/p/${DEMO_TENANT.slug}`);
  say(`  API (OpenAPI document):  ${p.url}/api/openapi.json`);
  say(`  Development mailbox:     ${p.url}/dev/mailbox/${DEMO_TENANT.slug}`);
  if (!p.server.servesWeb)
    say(
      `  The web app is not built (${rel(LOCAL_PATHS.webRoot)} is missing): only the API answers. Run pnpm build:web.`,
    );
  say(
    p.demo?.seeded
      ? `  Demo data seeded: ${p.demo.units} units, ${p.demo.services} services, ${p.demo.users} users.`
      : `  Data kept from the previous start in ${rel(LOCAL_PATHS.dbPath)} (delete that folder to start afresh).`,
  );
  const a = p.demo?.activity;
  if (a)
    say(
      `  Its last months: ${a.complaints} complaints, ${a.surveyResponses} survey answers in ${a.campaigns} campaigns, ${a.cycles} improvement cycles.`,
    );
  say();
  say(`Demo logins (password for every one: ${DEMO_PASSWORD})`);
  for (const u of DEMO_USERS) say(`  ${u.email.padEnd(width)}${u.role.padEnd(20)}${u.note}`);
  say(`  ${DEMO_OPERATOR.email.padEnd(width)}${'platform-operator'.padEnd(20)}onboards and manages tenants`);
  say();
  say('Operator CLI: pnpm prima --help    Stop: Ctrl-C');
}

export async function main(): Promise<void> {
  try {
    checkJava();
  } catch (e) {
    if (e instanceof JavaMissingError) fail(e.message);
    throw e;
  }
  const httpPort = port();
  const workers = {
    sweepIntervalMs: seconds('SWEEP_INTERVAL_SECONDS', 60) * 1000,
    sendIntervalMs: seconds('SEND_INTERVAL_SECONDS', 5) * 1000,
  };
  say(
    `Starting DynamoDB Local (${relative(process.cwd(), LOCAL_PATHS.dbPath) || LOCAL_PATHS.dbPath}) and Prima…`,
  );
  if (!existsSync(LOCAL_PATHS.dbPath))
    say('First start: seeding the demo Pemda and its last months of activity (up to a minute)…');
  let platform: LocalPlatform;
  try {
    platform = await runLocalPlatform({
      dbPath: LOCAL_PATHS.dbPath,
      blobRoot: LOCAL_PATHS.blobRoot,
      port: httpPort,
      webRoot: LOCAL_PATHS.webRoot,
      stateFile: LOCAL_PATHS.stateFile,
      logLevel: logLevel(),
      workers,
    });
  } catch (e) {
    if (e instanceof PortInUseError)
      return fail(
        `Port ${e.port} is already in use. Stop what uses it, or pick another: PORT=${e.port + 1} pnpm start`,
      );
    if (e instanceof AlreadyRunningError)
      return fail(`${e.message}. Stop it first (Ctrl-C in its terminal), or use it.`);
    if (e instanceof JavaMissingError) return fail(e.message);
    if (process.env.DEBUG) console.error(e);
    return fail(`Prima could not start: ${(e as Error).message.split('\n')[0]}`);
  }
  printBanner(platform);

  let stopping = false;
  const stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`\n${why}`);
    try {
      await platform.stop();
    } finally {
      process.exit(code);
    }
  };
  // Later signals are ignored: stopping is bounded (DynamoDB Local gets SIGKILL after 5 s) and the 'exit'
  // hook kills it in any case.
  process.on('SIGINT', () => void stop('Stopping Prima…', 0));
  process.on('SIGTERM', () => void stop('Stopping Prima…', 0));
  platform.database.process.once('exit', (code, signal) => {
    // Ctrl-C reaches Java too (same process group); it exits with 130 while we stop anyway.
    if (code === 130 || signal === 'SIGINT') return void stop('Stopping Prima…', 0);
    void stop(`DynamoDB Local stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping Prima.`, 1);
  });
}
