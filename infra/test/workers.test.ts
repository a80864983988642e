import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../lib/paths';
import { actionsOf, type Resource, resources, roleNamed, roleStatements, synth } from './support';

const byName = (template: Template, type: string, name: string, key = 'Name') =>
  resources(template, type).find(([, r]) => r.Properties[key] === name);

describe('workers stack', () => {
  let workers: Template;
  let sweeper: Resource;
  let sender: Resource;

  beforeAll(() => {
    workers = synth().template('workers');
    sweeper = byName(workers, 'AWS::Scheduler::Schedule', 'prima-dev-sla-sweeper')![1];
    sender = byName(workers, 'AWS::Scheduler::Schedule', 'prima-dev-notification-sender')![1];
  }, 120_000);

  it('bundles the worker entries of @prima/workers', () => {
    expect(ENTRIES.slaSweeper).toBe('functions/workers/src/lambda/sla-sweeper.ts');
    expect(ENTRIES.notificationSender).toBe('functions/workers/src/lambda/notification-sender.ts');
    const functions = resources(workers, 'AWS::Lambda::Function').map(([, f]) => f.Properties);
    for (const name of ['prima-dev-sla-sweeper', 'prima-dev-notification-sender']) {
      const fn = functions.find((f) => f.FunctionName === name)!;
      expect(fn, name).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
    }
  });

  it('runs the SLA sweeper every 5 minutes and the sender every minute, in the stage’s group', () => {
    expect(sweeper.Properties.ScheduleExpression).toBe('rate(5 minutes)');
    expect(sender.Properties.ScheduleExpression).toBe('rate(1 minute)');
    for (const s of [sweeper, sender]) {
      expect(s.Properties.State).toBe('ENABLED');
      expect(s.Properties.GroupName).toBe('prima-dev-workers');
    }
  });

  it('retries delivery and then sends it to an encrypted dead-letter queue', () => {
    for (const [name, s] of [
      ['sla-sweeper', sweeper],
      ['notification-sender', sender],
    ] as const) {
      const target = s.Properties.Target as {
        RetryPolicy: { MaximumRetryAttempts: number; MaximumEventAgeInSeconds: number };
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [string, string] } };
      };
      expect(target.RetryPolicy.MaximumRetryAttempts, name).toBe(2);
      const queueId = target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
      const queue = workers.findResources('AWS::SQS::Queue')[queueId] as Resource;
      expect(queue.Properties, name).toMatchObject({
        QueueName: `prima-dev-${name}-dlq`,
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1_209_600,
      });
    }
    expect(
      (sweeper.Properties.Target as { RetryPolicy: { MaximumEventAgeInSeconds: number } }).RetryPolicy
        .MaximumEventAgeInSeconds,
    ).toBe(300);
  });

  it('sends failed runs (after Lambda’s retries) to the same dead-letter queues', () => {
    const configs = resources(workers, 'AWS::Lambda::EventInvokeConfig').map(([, c]) => c.Properties);
    expect(configs).toHaveLength(2);
    for (const c of configs) {
      expect(JSON.stringify(c.DestinationConfig)).toMatch(/Dlq/);
    }
    expect(configs.map((c) => c.MaximumRetryAttempts).sort()).toEqual([0, 1]);
  });

  it('requires TLS on the dead-letter queues', () => {
    const policies = resources(workers, 'AWS::SQS::QueuePolicy');
    expect(policies).toHaveLength(2);
    for (const [, p] of policies) {
      expect(JSON.stringify(p.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('lets the sender send mail only from the stage’s SES identity', () => {
    const statements = roleStatements(workers, roleNamed(workers, 'prima-dev-notification-sender'));
    const ses = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(ses).toHaveLength(1);
    expect(ses[0]!.Action).toBe('ses:SendEmail');
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@prima.example.id' } });
    expect(JSON.stringify(ses[0]!.Resource)).toContain('identity/no-reply@prima.example.id');
    expect(JSON.stringify(ses[0]!.Resource)).toContain('identity/prima.example.id');
    const sweeperStatements = roleStatements(workers, roleNamed(workers, 'prima-dev-sla-sweeper'));
    expect(sweeperStatements.flatMap(actionsOf).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it('gives the sender its from-address and the public URL for links', () => {
    const fn = resources(workers, 'AWS::Lambda::Function').find(
      ([, f]) => f.Properties.FunctionName === 'prima-dev-notification-sender',
    )![1];
    const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(vars.MAIL_FROM).toBe('no-reply@prima.example.id');
    expect(vars.TABLE_NAME).toBeDefined();
    expect(JSON.stringify(vars.PUBLIC_BASE_URL)).toContain('prima-dev-edge');
  });
});

describe('workers stack without a mail identity', () => {
  it('keeps the sender’s schedule disabled and grants no SES permission', () => {
    const workers = synth({ context: { mailFrom: undefined } }).template('workers');
    const sender = byName(workers, 'AWS::Scheduler::Schedule', 'prima-dev-notification-sender')![1];
    expect(sender.Properties.State).toBe('DISABLED');
    const statements = roleStatements(workers, roleNamed(workers, 'prima-dev-notification-sender'));
    expect(statements.flatMap(actionsOf).filter((a) => a.startsWith('ses:'))).toEqual([]);
  }, 120_000);
});
