import { createHash } from 'node:crypto';

/**
 * Key builders. Every tenant partition key, of the table and of every index, begins with `T#<tenantId>#`;
 * platform-level items live under `P#`. Nothing else builds a key by hand.
 */
export const tenantPrefix = (tenantId: string) => `T#${tenantId}#`;
export const PLATFORM_PREFIX = 'P#';

/** Number of shards of the ByTenant index; spreads a tenant's item writes over several index partitions. */
export const TENANT_INDEX_SHARDS = 8;

export const keys = {
  /** Tenant metadata: profile, settings, SLA, calendar, units, services, users. */
  meta: (tenantId: string) => `${tenantPrefix(tenantId)}META`,
  profile: 'PROFILE',
  settings: 'SETTINGS',
  sla: 'SLA',
  calendar: (year: number) => `CAL#${year}`,
  unit: (id: string) => `UNIT#${id}`,
  maklumat: (unitId: string) => `MAKLUMAT#${unitId}`,
  service: (id: string) => `SERVICE#${id}`,
  user: (id: string) => `USER#${id}`,
  userEmail: (email: string) => `EMAIL#${email}`,
  /** GSI1: services of one unit, by name. */
  unitServices: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}UNIT#${unitId}#SERVICES`,
  category: (id: string) => `CAT#${id}`,
  canned: (id: string) => `CANNED#${id}`,
  apiKey: (hash: string) => `APIKEY#${hash}`,

  /** A complaint's item collection: the complaint (SK `C`), its reporter contact, its timeline events. */
  complaint: (tenantId: string, id: string) => `${tenantPrefix(tenantId)}C#${id}`,
  complaintItem: 'C',
  complaintReporter: 'REPORTER',
  complaintEvent: (id: string) => `EV#${id}`,
  trackingCode: (tenantId: string, code: string) => `${tenantPrefix(tenantId)}TRACK#${code}`,
  idempotency: (tenantId: string, scope: string, key: string) =>
    `${tenantPrefix(tenantId)}IDEMP#${scope}#${key}`,
  /** GSI1: the tenant's open complaints by deadline; closed ones by month of closing. */
  openQueue: (tenantId: string) => `${tenantPrefix(tenantId)}CQ#OPEN`,
  closedQueue: (tenantId: string, month: string) => `${tenantPrefix(tenantId)}CQ#CLOSED#${month}`,
  /** GSI2: one unit's open complaints by deadline, and its closed ones by closing time. */
  unitQueue: (tenantId: string, unitId: string, open: boolean) =>
    `${tenantPrefix(tenantId)}CU#${unitId}#${open ? 'OPEN' : 'CLOSED'}`,
  /** GSI3: complaints by month of submission. */
  complaintMonth: (tenantId: string, month: string) => `${tenantPrefix(tenantId)}CM#${month}`,
  /** Counters maintained on write, sharded: month aggregates and the current snapshot. */
  complaintStats: (tenantId: string, period: string) => `${tenantPrefix(tenantId)}CSTAT#${period}`,
  statShard: (shard: number) => `S#${shard}`,
  /** Notifications waiting to be sent, and those sent (the development mailbox reads these). */
  outbox: (tenantId: string, state: 'PENDING' | 'SENT' | 'FAILED') =>
    `${tenantPrefix(tenantId)}OUTBOX#${state}`,
  /** Attachments uploaded before the complaint that will own them exists. */
  upload: (tenantId: string, id: string) => `${tenantPrefix(tenantId)}UPLOAD#${id}`,

  /** A survey campaign (SKM/IKM, SERVQUAL or trust), SK `SC`. */
  surveyCampaign: (tenantId: string, id: string) => `${tenantPrefix(tenantId)}SC#${id}`,
  surveyCampaignItem: 'SC',
  /** Campaign lists, sorted by the end of the campaign's period: all (GSI1), per unit (GSI2), per status (GSI3). */
  surveyCampaigns: (tenantId: string) => `${tenantPrefix(tenantId)}SCL#ALL`,
  surveyCampaignsOfUnit: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}SCL#U#${unitId}`,
  surveyCampaignsByStatus: (tenantId: string, status: string) => `${tenantPrefix(tenantId)}SCL#S#${status}`,
  /** The anonymous raw responses of a campaign, SK `R#<responseId>` (ULID: submission order). */
  surveyResponses: (tenantId: string, campaignId: string) => `${tenantPrefix(tenantId)}SR#${campaignId}`,
  surveyResponse: (id: string) => `R#${id}`,
  /** Sparse indexes of the responses that carry a suggestion (saran): per campaign (GSI1), per unit (GSI2). */
  surveySuggestions: (tenantId: string, campaignId: string) => `${tenantPrefix(tenantId)}SSC#${campaignId}`,
  unitSuggestions: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}SSU#${unitId}`,
  /** Survey counters maintained on write, sharded (SK `S#<n>`); `scope` names campaign, unit, service or tenant. */
  surveyAggregate: (tenantId: string, scope: string) => `${tenantPrefix(tenantId)}SAGG#${scope}`,
  /** The latest closed IKM campaign of each unit (SK `U#<unitId>`): the public IKM page. */
  surveyPublications: (tenantId: string) => `${tenantPrefix(tenantId)}SPUB`,
  /** Follow-up plans (rencana tindak lanjut), SK `FUP`; listed per unit (GSI1) and per campaign (GSI2). */
  followUp: (tenantId: string, id: string) => `${tenantPrefix(tenantId)}FUP#${id}`,
  followUpItem: 'FUP',
  followUpsOfUnit: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}FUPU#${unitId}`,
  followUpsOfCampaign: (tenantId: string, campaignId: string) =>
    `${tenantPrefix(tenantId)}FUPC#${campaignId}`,

  /**
   * PDCA improvement cycles: the cycle (SK `CYCLE`) with its standard changes (SK `STD#<id>`) in one collection.
   * Lists sorted by stage then creation: all (GSI1), per unit (GSI2, `-` = Pemda-wide), public or not (GSI3).
   */
  improvementCycle: (tenantId: string, id: string) => `${tenantPrefix(tenantId)}TQM#${id}`,
  improvementCycleItem: 'CYCLE',
  improvementCycles: (tenantId: string) => `${tenantPrefix(tenantId)}TQML#ALL`,
  improvementCyclesOfUnit: (tenantId: string, unitId: string | null) =>
    `${tenantPrefix(tenantId)}TQML#U#${unitId ?? '-'}`,
  improvementCyclesVisibility: (tenantId: string, isPublic: boolean) =>
    `${tenantPrefix(tenantId)}TQML#${isPublic ? 'PUB' : 'INT'}`,
  /** GSI1: the history of changes to a service's standard (`SVC#<id>`) or a unit's maklumat (`MAK#<id>`). */
  standardHistory: (tenantId: string, target: string) => `${tenantPrefix(tenantId)}STDH#${target}`,
  /** Self-assessment answers of one unit, instrument and period (SK `R#<userId>`), and the periods answered. */
  assessmentResponses: (tenantId: string, templateId: string, unitId: string, period: string) =>
    `${tenantPrefix(tenantId)}TQMA#${templateId}#${unitId}#${period}`,
  assessmentPeriods: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}TQMAP#${unitId}`,

  /** ByTenant index partitions of a tenant. */
  tenantShard: (tenantId: string, shard: number) => `${tenantPrefix(tenantId)}ALL#${shard}`,

  platformTenants: `${PLATFORM_PREFIX}TENANTS`,
  platformTenant: (id: string) => `TENANT#${id}`,
  platformSlug: (slug: string) => `${PLATFORM_PREFIX}SLUG#${slug}`,
  platformCredential: (email: string) => `${PLATFORM_PREFIX}CRED#${email}`,
  single: 'ITEM',
} as const;

/** The ByTenant index attribute of a tenant item: a stable shard chosen from the item's key. */
export function tenantIndexKey(tenantId: string, pk: string, sk: string): string {
  const shard = createHash('sha1').update(`${pk}\u0000${sk}`).digest().readUInt8(0) % TENANT_INDEX_SHARDS;
  return keys.tenantShard(tenantId, shard);
}
