export { createSesNotifier, type OutgoingEmail } from './adapters/ses-notifier';
export { API_VERSION, type AppType, createApp, openApiDocument } from './app';
export { isPublicPath } from './auth';
export { loadTenantContext, type TenantContext } from './complaints/context';
export {
  actOnComplaint,
  actorKindOf,
  type ComplaintActor,
  ComplaintInputError,
  submitComplaint,
} from './complaints/service';
export { deleteTenant, type OnboardingResult, onboardTenant } from './onboarding';
export type {
  AppDeps,
  BlobStore,
  IdentityPort,
  IdentityUser,
  SignInPort,
  SignInResult,
  TokenVerification,
  UploadTarget,
} from './ports';
export { PROBLEMS, type ProblemType, problemTypeUri } from './problem';
export type { AuthRoutes } from './routes/auth';
