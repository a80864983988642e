export { type WorkerLogLevel, workerLogger } from './log';
export { isPermanentFailure, type Notifier, type OutgoingMessage } from './ports';
export { type Recipient, recipientsOf } from './recipients';
export { retryDelayMs, type SenderDeps, type SendSummary, sendForTenant, sendPending } from './sender';
export { type SweeperDeps, type SweepSummary, sweep, sweepTenant } from './sweeper';
export {
  adminComplaintPath,
  formatInstant,
  type RenderContext,
  type Rendered,
  render,
  statusLabel,
  surveyPath,
  TEMPLATE_KEYS,
  type TemplateKey,
  templateOf,
  trackingPath,
} from './templates';
export { activeTenants } from './tenants';
