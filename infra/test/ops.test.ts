import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATENCY_P99_MS } from '../lib/stacks/ops-stack';
import { only, type Resource, resources, synth } from './support';

describe('ops stack: alarms, per-tenant metrics, dashboard', () => {
  let s: ReturnType<typeof synth>;
  let ops: Template;
  let alarms: Map<string, Resource>;
  let topicId: string;

  beforeAll(() => {
    s = synth({ context: { alarmEmail: 'ops@prima.example.id' } });
    ops = s.template('ops');
    alarms = new Map(
      resources(ops, 'AWS::CloudWatch::Alarm').map(([, a]) => [a.Properties.AlarmName as string, a]),
    );
    topicId = only(ops, 'AWS::SNS::Topic').id;
  }, 120_000);

  const alarm = (name: string) => {
    const a = alarms.get(`prima-dev-${name}`);
    if (!a) throw new Error(`no alarm prima-dev-${name}; have ${[...alarms.keys()].join(', ')}`);
    return a.Properties;
  };

  it('alarms on API 5xx', () => {
    expect(alarm('api5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 5,
    });
  });

  it('alarms on API p99 latency', () => {
    expect(alarm('api-latency-p99')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Threshold: LATENCY_P99_MS,
      EvaluationPeriods: 3,
    });
  });

  it('alarms on throttles of every function and on API function errors', () => {
    for (const name of ['api-throttles', 'sla-sweeper-throttles', 'notification-sender-throttles']) {
      expect(alarm(name), name).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Threshold: 1,
      });
    }
    expect(alarm('api-function-errors')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors' });
  });

  it('alarms as soon as a dead-letter queue holds a message', () => {
    for (const name of ['sla-sweeper-dlq', 'notification-sender-dlq']) {
      expect(alarm(name), name).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Statistic: 'Maximum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('sends every alarm and its recovery to the alarm topic', () => {
    expect(alarms.size).toBeGreaterThanOrEqual(8);
    for (const [name, a] of alarms) {
      expect(a.Properties.AlarmActions, name).toEqual([{ Ref: topicId }]);
      expect(a.Properties.OKActions, name).toEqual([{ Ref: topicId }]);
    }
  });

  it('mails the alarm e-mail from an encrypted topic that CloudWatch may use', () => {
    expect(only(ops, 'AWS::SNS::Subscription').resource.Properties).toMatchObject({
      Protocol: 'email',
      Endpoint: 'ops@prima.example.id',
    });
    const topic = only(ops, 'AWS::SNS::Topic').resource.Properties;
    const key = only(ops, 'AWS::KMS::Key');
    expect(topic.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.id, 'Arn'] });
    expect(JSON.stringify(key.resource.Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
  });

  it('derives Requests, ServerErrors, ClientErrors and Latency per tenant from the request log lines', () => {
    const filters = resources(ops, 'AWS::Logs::MetricFilter').map(([, f]) => f.Properties);
    expect(filters).toHaveLength(4);
    for (const f of filters) {
      const [transformation] = f.MetricTransformations as Record<string, unknown>[];
      expect(transformation!.MetricNamespace).toBe('Prima/dev');
      expect(transformation!.Dimensions).toEqual([{ Key: 'tenantId', Value: '$.tenantId' }]);
      expect(f.FilterPattern).toContain('$.message = "request"');
      expect(JSON.stringify(f.LogGroupName)).toContain('prima-dev-api');
    }
    const byName = Object.fromEntries(
      filters.map((f) => [(f.MetricTransformations as { MetricName: string }[])[0]!.MetricName, f]),
    );
    expect(byName.ServerErrors!.FilterPattern).toContain('$.status >= 500');
    expect((byName.Latency!.MetricTransformations as { MetricValue: string }[])[0]!.MetricValue).toBe(
      '$.durationMs',
    );
  });

  it('has one dashboard with the API, per-tenant, DynamoDB, worker and WAF widgets', () => {
    const body = JSON.stringify(only(ops, 'AWS::CloudWatch::Dashboard').resource.Properties.DashboardBody);
    for (const part of [
      '5xx',
      'Latency',
      'Prima/dev,tenantId',
      'ConsumedReadCapacityUnits',
      'WAFV2',
      'DLQ',
    ]) {
      expect(body, part).toContain(part);
    }
  });

  it('gives every log group of the stage the stage’s retention', () => {
    let count = 0;
    for (const concern of ['data', 'auth', 'edge', 'api', 'workers', 'ops', 'protection'] as const) {
      for (const [id, group] of resources(s.template(concern), 'AWS::Logs::LogGroup')) {
        expect(group.Properties.RetentionInDays, `${concern} ${id}`).toBeDefined();
        if (!id.startsWith('CustomCDKBucketDeployment')) {
          expect(group.Properties.RetentionInDays, `${concern} ${id}`).toBe(30);
        }
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(4);
  });
});

describe('ops stack without an alarm e-mail', () => {
  it('still has the topic and the alarms, and no subscription', () => {
    const ops = synth().template('ops');
    expect(resources(ops, 'AWS::SNS::Subscription')).toHaveLength(0);
    expect(resources(ops, 'AWS::CloudWatch::Alarm').length).toBeGreaterThanOrEqual(8);
  }, 120_000);
});
