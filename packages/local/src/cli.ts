/**
 * `pnpm prima …`: the operator CLI. This file is only the process around `runCli` (operator.ts): it picks the
 * database, stops the DynamoDB Local it may have started, and exits with the command's code.
 */
export {};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { chooseDatabase, openDatabase } = await import('./database');
const { JavaMissingError } = await import('./dynamodb');
const { runCli } = await import('./operator');

type Opened = Awaited<ReturnType<typeof openDatabase>>;
let opened: Opened | undefined;

const flushed = (stream: NodeJS.WriteStream) => new Promise((resolve) => stream.write('', resolve));
const finish = async (code: number): Promise<never> => {
  await opened?.close();
  // Pipes are asynchronous on some systems: let what was written reach the reader before exiting.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
};
// A DynamoDB Local started for this command must not outlive it.
process.once('SIGINT', () => void finish(130));
process.once('SIGTERM', () => void finish(143));

let code: number;
try {
  code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    debug: Boolean(process.env.DEBUG),
    // `pnpm prima` runs in the repository root; INIT_CWD is where the person typed it.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    connect: async () => {
      opened ??= await openDatabase(chooseDatabase(), (message) => process.stderr.write(`${message}\n`));
      return opened;
    },
  });
} catch (e) {
  // runCli reports its own errors; this is only reached when opening the database fails outside it.
  process.stderr.write(`${e instanceof JavaMissingError ? e.message : `Error: ${(e as Error).message}`}\n`);
  code = 1;
}
await finish(code);
