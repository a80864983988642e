export { API_KEY_PREFIX, type ApiKey, apiKeys } from './apikeys';
export { type CannedReply, type CannedReplyInput, cannedReplies } from './canned';
export { categories } from './categories';
export { newId } from './clock';
export { complaintCounts } from './complaint-counts';
export {
  type CounterUpdate,
  complaintQueues,
  complaintStats,
  complaints,
  type NewComplaint,
  type Notification,
  newTrackingCode,
  type OutboxItem,
  type QueueQuery,
  STAT_SHARDS,
  type StoredComplaint,
} from './complaints';
export { type Credential, credentials } from './credentials';
export { AlreadyExistsError, InvalidCursorError, NotFoundError, VersionConflictError } from './errors';
export { addTenantGuard, checkCommand, TenantGuardError } from './guard';
export {
  type AssessmentResponse,
  assessments,
  BOARD_CLOSED,
  type CycleQuery,
  improvementCycles,
  type StandardApplication,
  type StandardChange,
  StandardTargetConflictError,
  standardChanges,
} from './improvement';
export { entityOf, type Page, queryAll, queryPage } from './items';
export { keys, PLATFORM_PREFIX, TENANT_INDEX_SHARDS, tenantPrefix } from './keys';
export { MAX_ATTEMPTS, outbox } from './outbox';
export { type ClosureFact, complaintFacts, type FactRead, type SubmissionFact } from './quality';
export { services } from './services';
export { calendars, profile, settings, slaPolicy } from './settings';
export {
  type CommandObservation,
  createStore,
  type Db,
  type PlatformDb,
  type Store,
  type StoreConfig,
  type TenantDb,
} from './store';
export {
  type AggregateScope,
  aggregateScopeKey,
  CAMPAIGN_STATUSES,
  type CampaignQuery,
  type CampaignStatus,
  DraftOnlyError,
  type FollowUpPlan,
  followUps,
  type NewSurveyResponse,
  PERIOD_KINDS,
  type PeriodKind,
  SURVEY_SHARDS,
  type Suggestion,
  type SurveyCampaign,
  type SurveyPeriod,
  type SurveyPublication,
  type SurveyResponseRecord,
  surveyAggregates,
  surveyCampaigns,
  surveyPublications,
  surveyResponses,
} from './surveys';
export { createTableInput, PARTITION_KEY_ATTRIBUTES, TABLE } from './table';
export { type Onboarding, tenants } from './tenants';
export { maklumat, units } from './units';
export { type Upload, uploads } from './uploads';
export { users } from './users';
