export { API_VERSION, type AppType, createApp, openApiDocument } from './app';
export { isPublicPath } from './auth';
export { deleteTenant, type OnboardingResult, onboardTenant } from './onboarding';
export type {
  AppDeps,
  IdentityPort,
  IdentityUser,
  SignInPort,
  SignInResult,
  TokenVerification,
} from './ports';
export { PROBLEMS, type ProblemType, problemTypeUri } from './problem';
export type { AuthRoutes } from './routes/auth';
