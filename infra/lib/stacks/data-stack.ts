import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { PrimaTable } from '../constructs/prima-table';
import { resourceName, type StageConfig } from '../stage';

export interface DataStackProps extends StackProps {
  readonly config: StageConfig;
}

/**
 * The attachments bucket's name, fixed per stage, account and region: other stacks derive its ARN from the name
 * instead of referencing this stack, and IAM policies and cdk-nag acknowledgments can name it exactly.
 */
export const attachmentsBucketName = (config: StageConfig) =>
  `prima-${config.stage}-attachments-${Aws.ACCOUNT_ID}-${config.region}`;

/**
 * The stage's data: the single DynamoDB table and its KMS key, the attachments bucket, and the bucket that keeps
 * S3 server access logs. Kept in its own stack so that the stateless stacks (API, web, identity) can be replaced
 * freely while this one changes rarely and carefully. Everything here is retained when the stack is deleted.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly key: Key;
  /** Complaint attachments; object keys begin with the tenant id (`<tenantId>/…`). */
  readonly attachments: Bucket;
  /** S3 server access logs of the stage's buckets in this region. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    const { config, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: DynamoDB table and its KMS key, attachments bucket, access logs`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    const data = new PrimaTable(this, 'Data', {
      tableName: `prima-${config.stage}`,
      keyAlias: `alias/prima-${config.stage}-table`,
    });
    this.table = data.table;
    this.key = data.key;

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-logs',
          expiration: Duration.days(365),
          transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }],
        },
      ],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own access into itself would loop.',
    });

    // Origins that may POST an upload form to the bucket: the custom domain, any CloudFront default domain (the
    // distribution's is not known here: the web stack depends on this one) and the configured extra origins.
    // CORS only lets a browser read the response; the presigned policy is what authorises the upload.
    const uploadOrigins = [
      ...(config.domainName ? [`https://${config.domainName}`] : []),
      'https://*.cloudfront.net',
      ...config.allowedOrigins,
    ];
    this.attachments = new Bucket(this, 'Attachments', {
      bucketName: attachmentsBucketName(config),
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: `${resourceName(config, 'attachments')}/`,
      cors: [
        {
          allowedMethods: [HttpMethods.POST, HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: uploadOrigins,
          allowedHeaders: ['*'],
          maxAge: 600,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Versioning keeps an overwritten or deleted attachment recoverable for 30 days, then lets it go.
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30) },
      ],
    });

    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'Name of the Prima table (TABLE_NAME of the functions)',
    });
    new CfnOutput(this, 'TableArn', { value: this.table.tableArn, description: 'ARN of the Prima table' });
    new CfnOutput(this, 'TableKeyArn', {
      value: this.key.keyArn,
      description: 'ARN of the KMS key that encrypts the table',
    });
    new CfnOutput(this, 'AttachmentsBucketName', {
      value: this.attachments.bucketName,
      description: 'Bucket of complaint attachments (keys begin with the tenant id)',
    });
  }
}
