import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { synth } from './support';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

const VARIANTS = {
  'dev (defaults)': {},
  'staging without mail or alarm e-mail': { stage: 'staging', context: { mailFrom: undefined } },
  'prod with a custom domain': {
    stage: 'prod',
    context: {
      domainName: 'prima.bantulkab.go.id',
      certificateArn: CERT,
      alarmEmail: 'ops@bantulkab.go.id',
      mailFrom: 'no-reply@bantulkab.go.id',
    },
  },
} as const;

/** Every acknowledged rule in the tree: where, which, why. */
function acknowledgments(root: IConstruct) {
  const found: { path: string; id: string; reason: string }[] = [];
  for (const node of root.node.findAll()) {
    for (const entry of node.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: node.node.path, id, reason });
      }
    }
  }
  return found;
}

describe('cdk-nag AwsSolutions checks', () => {
  it.each(Object.entries(VARIANTS))(
    'pass for %s',
    (_name, options) => {
      const { app } = synth(options as Parameters<typeof synth>[0]);
      const report = new AwsSolutionsChecks(app).validateScope(app);
      const violations = report.violations.map(
        (v) =>
          `${v.ruleName}: ${v.violatingResources.map((r) => r.resourceLogicalId ?? r.locations).join(', ')}`,
      );
      expect(violations).toEqual([]);
    },
    120_000,
  );

  it('run as a validation plugin of `cdk synth`, which fails on any finding', () => {
    expect(() => synth({ nag: true })).not.toThrow();
  }, 120_000);

  it('acknowledge every finding in code with a reason', () => {
    const { app } = synth(VARIANTS['prod with a custom domain']);
    const found = acknowledgments(app);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) {
      expect(a.reason.length, `${a.path} ${a.id}`).toBeGreaterThanOrEqual(40);
    }
    // The list, for the reviewer reading the test output.
    console.log(
      `${found.length} acknowledged findings:\n${found
        .map((a) => `  ${a.id.replace('AwsSolutions::', '')} @ ${a.path}\n      ${a.reason}`)
        .join('\n')}`,
    );
  }, 120_000);
});
