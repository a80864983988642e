import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { deleteTenant, type IdentityPort, onboardTenant } from '@prima/api';
import {
  createTenantSchema,
  emailSchema,
  idSchema,
  isMessageKey,
  MESSAGES,
  type Tenant,
  type TenantStatus,
} from '@prima/domain';
import { AlreadyExistsError, newId, type Store, tenants } from '@prima/store';
import { Command, CommanderError } from 'commander';
import { JavaMissingError } from './dynamodb';

/**
 * The operator CLI (`pnpm prima …`) as a function: arguments in, text out, an exit code back. The process
 * bootstrap (cli.ts) chooses the database; tests pass their own.
 */
export interface Output {
  write(text: string): unknown;
}

export interface Platform {
  store: Store;
  identity: IdentityPort;
}

export interface CliDeps {
  stdout: Output;
  stderr: Output;
  /** The database, opened only when a command needs it (not for --help or bad input). */
  connect: () => Promise<Platform>;
  now?: () => Date;
  /** Print stack traces of unexpected errors. */
  debug?: boolean;
  /** Directory that relative paths (--out) are relative to: where the person typed the command. */
  cwd?: string;
}

/** Exit codes: 0 done, 2 the caller's input is wrong (invalid, taken, not found), 1 anything else. */
export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

/** The caller's mistake, said in plain words, one line each. */
class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const TENANT_FLAGS: Record<string, string> = {
  name: '--name',
  slug: '--slug',
  kind: '--kind',
  timeZone: '--timezone',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
};

interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** zod issues as `--flag: message`; the domain's own message keys in English. */
function issueLines(error: Issues, input: Record<string, unknown>, flags: Record<string, string>): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const flag = flags[field] ?? field;
    if (input[field] === undefined) return `${flag} is required`;
    const message = isMessageKey(issue.message) ? MESSAGES[issue.message].en : issue.message;
    return `${flag}: ${message}`;
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const out = (line = '') => deps.stdout.write(`${line}\n`);
  const now = () => deps.now?.() ?? new Date();
  let platform: Platform | undefined;
  const connect = async () => {
    platform ??= await deps.connect();
    return platform;
  };

  /** A tenant by slug or id (ids are ULIDs: upper case; a slug is lower case, so the two never collide). */
  async function resolveTenant(ref: string): Promise<Tenant> {
    const { store } = await connect();
    const asId = ref.toUpperCase();
    let id = idSchema.safeParse(ref).success ? ref : null;
    if (!id) id = await tenants.idBySlug(store.forPlatform(), ref);
    if (!id && idSchema.safeParse(asId).success) id = asId;
    const tenant = id ? await tenants.get(store.forPlatform([id]), id) : null;
    if (!tenant) throw new InputError([`No tenant with slug or id "${ref}". See: pnpm prima tenant list`]);
    return tenant;
  }

  const program = new Command('prima')
    .description('Operator CLI of Prima: onboard and manage tenants (Pemda) on the local platform.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => deps.stdout.write(s),
      writeErr: (s) => deps.stderr.write(s),
    })
    .showHelpAfterError('(add --help for usage)');
  program.addHelpText(
    'after',
    '\nDatabase: PRIMA_DYNAMODB_ENDPOINT if set; else the one of a running `pnpm start`;\nelse DynamoDB Local on .data/dynamodb, started for the command.\nExit codes: 0 done, 2 invalid input, 1 other error.',
  );

  const tenant = program.command('tenant').description('Onboard and manage tenants (Pemda)');

  tenant
    .command('create')
    .description('Onboard a Pemda with its first tenant admin (prints a one-time password)')
    .option('--name <name>', 'official name, e.g. "Pemerintah Kabupaten Sukamaju"')
    .option('--slug <slug>', 'public name in URLs, e.g. kab-sukamaju')
    .option('--admin-email <email>', 'email of the first tenant admin')
    .option('--timezone <zone>', 'Asia/Jakarta, Asia/Makassar or Asia/Jayapura')
    .option('--kind <kind>', 'provinsi, kabupaten or kota (default kabupaten)')
    .option('--admin-name <name>', 'name of the first tenant admin')
    .option('--json', 'print {tenant, admin, temporaryPassword} as JSON')
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const raw = {
        name: o.name,
        slug: o.slug,
        kind: o.kind,
        timeZone: o.timezone,
        adminEmail: o.adminEmail,
        adminName: o.adminName,
      };
      const parsed = createTenantSchema.safeParse(raw);
      if (!parsed.success) throw new InputError(issueLines(parsed.error, raw, TENANT_FLAGS));
      const { store, identity } = await connect();
      let result: Awaited<ReturnType<typeof onboardTenant>>;
      try {
        result = await onboardTenant(store, identity, parsed.data, now());
      } catch (e) {
        if (e instanceof AlreadyExistsError) {
          throw new InputError([
            e.field === 'slug'
              ? `--slug: ${MESSAGES['slug.taken'].en}`
              : `--admin-email: ${MESSAGES['email.taken'].en}`,
          ]);
        }
        throw e;
      }
      const { tenant: t, admin, temporaryPassword } = result;
      if (o.json) return void deps.stdout.write(json({ tenant: t, admin, temporaryPassword }));
      out(`Onboarded ${t.name}`);
      out(`  slug ${t.slug} · id ${t.id} · ${t.kind} · ${t.timeZone} · ${t.status}`);
      out(`  public page: /p/${t.slug}`);
      out(`First tenant admin: ${admin.email} (${admin.name})`);
      out(`  one-time password: ${temporaryPassword ?? '(delivered by the directory)'}`);
      out('  Hand it over privately; it must be replaced at the first sign-in. It is not shown again.');
    });

  tenant
    .command('list')
    .description('List every tenant')
    .option('--json', 'print a JSON array')
    .action(async (o: { json?: boolean }) => {
      const { store } = await connect();
      const all: Tenant[] = [];
      let cursor: string | undefined;
      do {
        const page = await tenants.list(store.forPlatform(), { limit: 100, cursor }, (ids) =>
          store.forPlatform(ids),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      if (o.json) return void deps.stdout.write(json(all));
      if (all.length === 0) {
        out('No tenants yet. Onboard one with:');
        out('  pnpm prima tenant create --name "…" --slug … --admin-email … --timezone Asia/Jakarta');
        return;
      }
      const rows = [
        ['SLUG', 'STATUS', 'KIND', 'TIME ZONE', 'ID', 'NAME'],
        ...all.map((t) => [t.slug, t.status, t.kind, t.timeZone, t.id, t.name]),
      ];
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      for (const r of rows) out(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
      out(`${all.length} tenant${all.length === 1 ? '' : 's'}`);
    });

  const setStatus = (status: TenantStatus, verb: string, effect: string) => async (ref: string) => {
    const t = await resolveTenant(ref);
    if (t.status === status) return void out(`${t.name} (${t.slug}) is already ${status}.`);
    const { store } = await connect();
    await tenants.setStatus(store.forPlatform([t.id]), t.id, status, now().toISOString());
    out(`${verb} ${t.name} (${t.slug}). ${effect}`);
  };
  tenant
    .command('suspend')
    .description("Suspend a tenant: its users get 403, its public pages say it's unavailable")
    .argument('<slug|id>', 'the tenant')
    .action(
      setStatus(
        'suspended',
        'Suspended',
        'Its users are refused (403 tenant-suspended) and its public pages say the service is unavailable.',
      ),
    );
  tenant
    .command('resume')
    .description('Resume a suspended tenant')
    .argument('<slug|id>', 'the tenant')
    .action(setStatus('active', 'Resumed', 'Its users and public pages work again.'));

  tenant
    .command('export')
    .description('Export every item of a tenant as JSON lines')
    .argument('<slug|id>', 'the tenant')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (ref: string, o: { out?: string }) => {
      const t = await resolveTenant(ref);
      const { store } = await connect();
      const path = o.out ? resolve(deps.cwd ?? process.cwd(), o.out) : null;
      const file = path ? createWriteStream(path) : null;
      if (file) await once(file, 'open');
      const sink: Output = file ?? deps.stdout;
      let count = 0;
      try {
        for await (const page of tenants.items(store.forPlatform([t.id]), t.id)) {
          if (page.length === 0) continue;
          sink.write(page.map((item) => `${JSON.stringify(item)}\n`).join(''));
          count += page.length;
        }
      } finally {
        if (file)
          await new Promise<void>((done, fail) => file.end((e?: Error | null) => (e ? fail(e) : done())));
      }
      if (file) out(`Exported ${count} items of ${t.name} (${t.slug}) to ${path}`);
    });

  tenant
    .command('delete')
    .description("Delete a tenant, every item of it and its users' logins (irreversible)")
    .argument('<slug|id>', 'the tenant')
    .option('--yes', 'confirm: this cannot be undone')
    .action(async (ref: string, o: { yes?: boolean }) => {
      const t = await resolveTenant(ref);
      if (!o.yes) {
        throw new InputError([
          `Refusing to delete ${t.name} (${t.slug}) without --yes: every item of it and its users' logins would be removed for good.`,
          `Export it first if needed: pnpm prima tenant export ${t.slug} --out ${t.slug}.jsonl`,
        ]);
      }
      const { store, identity } = await connect();
      const count = await deleteTenant(store, identity, t.id);
      out(`Deleted ${t.name} (${t.slug}): ${count} items and its users' logins.`);
    });

  const operator = program.command('operator').description('Manage platform operators');
  operator
    .command('create')
    .description('Create a platform operator login (prints a one-time password)')
    .option('--email <email>', 'email of the operator')
    .option('--name <name>', 'name of the operator', 'Operator')
    .option('--json', 'print {email, userId, temporaryPassword} as JSON')
    .action(async (o: { email?: string; name: string; json?: boolean }) => {
      const parsed = emailSchema.safeParse(o.email);
      if (!parsed.success) throw new InputError(issueLines(parsed.error, { '': o.email }, { '': '--email' }));
      const { identity } = await connect();
      const userId = newId();
      let temporaryPassword: string | null;
      try {
        ({ temporaryPassword } = await identity.createUser({
          email: parsed.data,
          userId,
          tenantId: null,
          role: 'platform-operator',
          name: o.name,
        }));
      } catch (e) {
        if (e instanceof AlreadyExistsError) throw new InputError([`--email: ${MESSAGES['email.taken'].en}`]);
        throw e;
      }
      if (o.json) return void deps.stdout.write(json({ email: parsed.data, userId, temporaryPassword }));
      out(`Created platform operator ${parsed.data}`);
      out(`  one-time password: ${temporaryPassword ?? '(delivered by the directory)'}`);
      out('  It must be replaced at the first sign-in. It is not shown again.');
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (or the help).
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof InputError) {
      for (const line of e.lines) deps.stderr.write(`${line}\n`);
      return EXIT.usage;
    }
    const err = e as Error;
    if (err instanceof JavaMissingError && !deps.debug) deps.stderr.write(`${err.message}\n`);
    else deps.stderr.write(`Error: ${deps.debug ? err.stack : (err.message ?? String(e)).split('\n')[0]}\n`);
    return EXIT.error;
  }
}
