import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { addPrima, type PrimaStacks } from '../lib/prima';

export interface SynthOptions {
  stage?: string;
  /** Other context values (stage settings, e.g. `{ alarmEmail: '…' }`; undefined removes a default). */
  context?: Record<string, unknown>;
  /** Stack names whose functions are bundled for real; none by default (fast: a placeholder asset). */
  bundle?: string[];
  /** Run cdk-nag as a validation plugin during synthesis. */
  nag?: boolean;
}

export interface Synthesized {
  app: App;
  stacks: PrimaStacks;
  assembly: CloudAssembly;
  /** The synthesized template of one of the stage's stacks, cross-stack references resolved. */
  template(concern: keyof Omit<PrimaStacks, 'config'>): Template;
  /** The raw template JSON of a stack. */
  json(concern: keyof Omit<PrimaStacks, 'config'>): Record<string, unknown>;
}

// The CDK CLI sets this when it runs the app; tests must not depend on the machine's credentials.
delete process.env.CDK_DEFAULT_ACCOUNT;

/**
 * The app as `cdk synth` builds it (cdk.json's context: the feature flags and weak cross-stack references),
 * plus the stage and settings, synthesized once. Bundling is skipped through CDK's own context key
 * (`aws:cdk:bundling-stacks`) unless a test asks for it, and the web build is not uploaded.
 */
export function synth(options: SynthOptions = {}): Synthesized {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'prima-cdk-')),
    context: {
      ...cdkJson.context,
      'aws:cdk:bundling-stacks': options.bundle ?? [],
      'prima:webAssets': 'skip',
      // A configured sender by default (tests of the unconfigured case pass mailFrom: undefined).
      mailFrom: 'no-reply@prima.example.id',
      ...(options.stage ? { stage: options.stage } : {}),
      ...options.context,
    },
  });
  const stacks = addPrima(app, { nag: options.nag ?? false });
  const assembly = app.synth();
  const json = (concern: keyof Omit<PrimaStacks, 'config'>) =>
    assembly.getStackByName(stacks[concern].stackName).template as Record<string, unknown>;
  return { app, stacks, assembly, json, template: (concern) => Template.fromJSON(json(concern)) };
}

export type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
};

/** Every resource of a type, by logical id. */
export function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The one resource of a type (fails when there are more or none). */
export function only(template: Template, type: string): { id: string; resource: Resource } {
  const found = resources(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, resource };
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every statement of a role: its inline policies and the AWS::IAM::Policy resources attached to it. */
export function roleStatements(template: Template, roleId: string): Statement[] {
  const role = template.findResources('AWS::IAM::Role')[roleId] as Resource | undefined;
  if (!role) throw new Error(`no role ${roleId}`);
  const inline = (
    (role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]
  ).flatMap((p) => p.PolicyDocument.Statement);
  const attached = resources(template, 'AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  return [...inline, ...attached];
}

/** The logical id of the role whose RoleName is `name`. */
export function roleNamed(template: Template, name: string): string {
  const found = resources(template, 'AWS::IAM::Role').find(([, r]) => r.Properties.RoleName === name);
  if (!found) throw new Error(`no role named ${name}`);
  return found[0];
}

/** Does an IAM action pattern (with * and ?) cover `action`? */
export function covers(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'i',
  );
  return re.test(action);
}
