import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { resourceName, type StageConfig } from '../stage';

export interface ProtectionStackProps extends StackProps {
  readonly config: StageConfig;
}

/** Path prefixes of the routes anyone may call without signing in. */
export const PUBLIC_PATH_PREFIXES = ['/api/public/', '/open311/'] as const;

/** The AWS managed rule groups, in evaluation order after the rate rules. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * What must live in us-east-1 for CloudFront: the web ACL (scope CLOUDFRONT can only be created there) and the
 * bucket of CloudFront's access logs (CloudFront does not deliver standard logs to opt-in regions such as
 * ap-southeast-3). The edge stack in the stage's region reads both through cross-region references
 * (`Fn::GetStackOutput`, no custom resources).
 *
 * A regional web ACL on the API is not an option: WAF associates with REST APIs, not with HTTP APIs.
 */
export class ProtectionStack extends Stack {
  readonly webAcl: CfnWebACL;
  readonly cloudFrontLogs: Bucket;

  constructor(scope: Construct, id: string, props: ProtectionStackProps) {
    const { config, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: CloudFront web ACL (WAF) and CloudFront access logs, in us-east-1`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });
    const limits = config.rateLimits;

    const startsWith = (path: string): CfnWebACL.StatementProperty => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: path,
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    });
    const tooManyRequests = { block: { customResponse: { responseCode: 429 } } };

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: resourceName(config, 'web'),
      description: 'Prima: rate limits per client IP and AWS managed rule groups, in front of CloudFront',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(resourceName(config, 'web')),
      rules: [
        {
          name: 'ip-reputation',
          priority: 0,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesAmazonIpReputationList' },
          },
          visibilityConfig: visibility('ip-reputation'),
        },
        {
          // Citizens' pages and Open311 need no sign-in, so they are the easiest to flood: a tighter limit.
          name: 'rate-public-routes',
          priority: 1,
          action: tooManyRequests,
          statement: {
            rateBasedStatement: {
              limit: limits.wafPublicPer5Min,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: { orStatement: { statements: PUBLIC_PATH_PREFIXES.map(startsWith) } },
            },
          },
          visibilityConfig: visibility('rate-public-routes'),
        },
        {
          name: 'rate-all',
          priority: 2,
          action: tooManyRequests,
          statement: {
            rateBasedStatement: {
              limit: limits.wafAllPer5Min,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          visibilityConfig: visibility('rate-all'),
        },
        {
          name: 'common-rule-set',
          priority: 3,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // The API accepts JSON bodies up to 256 KiB (complaint texts, settings); the group's 8 KiB body
              // limit would block those. The API enforces its own limit, so this rule only counts.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('common-rule-set'),
        },
        {
          name: 'known-bad-inputs',
          priority: 4,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' },
          },
          visibilityConfig: visibility('known-bad-inputs'),
        },
      ],
    });

    this.cloudFrontLogs = new Bucket(this, 'CloudFrontLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront standard logging writes with an ACL grant to its log-delivery account.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(365) }],
    });
    Validations.of(this.cloudFrontLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives CloudFront access logs; logging its own access into itself would loop.',
    });

    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn });
  }
}
