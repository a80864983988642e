import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { PrimaTable } from '../constructs/prima-table';
import type { StageConfig } from '../stage';

export interface DataStackProps extends StackProps {
  readonly config: StageConfig;
}

/**
 * The stage's data: the single DynamoDB table and its KMS key. Kept in its own stack so that the stateless
 * stacks (API, web, identity) can be replaced freely while this one changes rarely and carefully.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    const { config, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: single DynamoDB table and its KMS key`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    const data = new PrimaTable(this, 'Data', {
      tableName: `prima-${config.stage}`,
      keyAlias: `alias/prima-${config.stage}-table`,
    });
    this.table = data.table;
    this.key = data.key;

    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'Name of the Prima table (TABLE_NAME of the functions)',
    });
    new CfnOutput(this, 'TableArn', { value: this.table.tableArn, description: 'ARN of the Prima table' });
    new CfnOutput(this, 'TableKeyArn', {
      value: this.key.keyArn,
      description: 'ARN of the KMS key that encrypts the table',
    });
  }
}
