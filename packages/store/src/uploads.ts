import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Attachment } from '@prima/domain';
import { getItem, tenantItem } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';
import { TABLE } from './table';

/** An attachment uploaded (or being uploaded) before the complaint that takes it exists. */
export interface Upload extends Attachment {
  /** Object key in the blob store. */
  objectKey: string;
  /** True once the blob store has the cleaned file. */
  ready: boolean;
  createdAt: string;
}

/** Upload records expire after a day unless a complaint takes them over. */
const TTL_SECONDS = 24 * 3600;

export const uploads = {
  get: (db: TenantDb, id: string) =>
    getItem<Upload>(db, { PK: keys.upload(db.tenantId, id), SK: keys.single }, true),
  async put(db: TenantDb, upload: Upload): Promise<void> {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: tenantItem(
          db,
          { PK: keys.upload(db.tenantId, upload.id), SK: keys.single },
          'Upload',
          { ...upload },
          {
            [TABLE.ttlAttribute]: Math.floor(Date.parse(upload.createdAt) / 1000) + TTL_SECONDS,
          },
        ),
      }),
    );
  },
};
