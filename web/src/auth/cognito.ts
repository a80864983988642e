import { UserManager, type UserManagerSettings, WebStorageStateStore } from 'oidc-client-ts';
import { AUTH_CALLBACK_PATH, type CognitoConfig, loadAuthMode, SIGNED_OUT_PATH } from './config';
import { safeReturn } from './returnTo';

/**
 * Sign-in through Cognito's hosted UI: authorization code with PKCE, by oidc-client-ts. Only the redirect and the
 * code exchange happen here; the ID token then goes to the app's session (session.ts) like any other token, and
 * oidc-client-ts keeps nothing (no refresh, no silent renew: when the token expires the user signs in again).
 */

/** The client's settings. Pure but for the stores it is given; `origin` is the app's, e.g. `https://prima.go.id`. */
export function oidcSettings(config: CognitoConfig, origin: string, storage: Storage): UserManagerSettings {
  const store = new WebStorageStateStore({ store: storage, prefix: 'prima.oidc.' });
  // Cognito's discovery document names no end_session_endpoint: its /logout, with its own parameters.
  const endSession = { end_session_endpoint: `${config.authDomain}/logout` };
  const metadata = config.authority
    ? { authority: config.authority, metadataSeed: endSession }
    : {
        authority: config.authDomain,
        metadata: {
          authorization_endpoint: `${config.authDomain}/oauth2/authorize`,
          token_endpoint: `${config.authDomain}/oauth2/token`,
          ...endSession,
        },
      };
  return {
    ...metadata,
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: `${origin}${AUTH_CALLBACK_PATH}`,
    // Not post_logout_redirect_uri: Cognito's /logout takes `logout_uri` (see signOutOfHostedUi).
    stateStore: store,
    userStore: store,
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
  };
}

let manager: { config: CognitoConfig; manager: UserManager } | null = null;

function managerFor(config: CognitoConfig): UserManager {
  if (manager?.config !== config) {
    manager = { config, manager: new UserManager(oidcSettings(config, location.origin, sessionStorage)) };
  }
  return manager.manager;
}

/** Leaves for the hosted UI; `from` (a path of this app) is where the callback returns to. */
export async function startCognitoSignIn(config: CognitoConfig, from: string | undefined): Promise<void> {
  await managerFor(config).signinRedirect({ state: { from: safeReturn(from) } });
}

export interface CognitoSignIn {
  idToken: string;
  /** Seconds, from the token answer; the session also caps it at the ID token's `exp`. */
  expiresIn: number;
  /** Where the user was going. */
  from: string;
}

let completing: { url: string; result: Promise<CognitoSignIn> } | null = null;

/**
 * Completes the redirect on the callback page: checks the state, exchanges the code (with the PKCE verifier) for
 * tokens. Once per callback URL: the state is single-use, and React's StrictMode runs effects twice.
 */
export function completeCognitoSignIn(config: CognitoConfig, url = location.href): Promise<CognitoSignIn> {
  if (completing?.url !== url) {
    const result = (async () => {
      const users = managerFor(config);
      const user = await users.signinRedirectCallback(url);
      await users.removeUser();
      if (!user.id_token) throw new Error('The token answer has no id_token');
      const state = user.state as { from?: unknown } | undefined;
      return {
        idToken: user.id_token,
        expiresIn: user.expires_in ?? 3600,
        from: safeReturn(typeof state?.from === 'string' ? state.from : undefined),
      };
    })();
    completing = { url, result };
  }
  return completing.result;
}

/**
 * Ends the hosted UI's own session too (its cookie would otherwise sign the next person straight back in), then
 * Cognito returns the browser to the sign-in page. Nothing to do without Cognito.
 */
export async function signOutOfHostedUi(): Promise<void> {
  const mode = await loadAuthMode();
  if (mode.kind !== 'cognito') return;
  await managerFor(mode.cognito).signoutRedirect({
    extraQueryParams: {
      client_id: mode.cognito.clientId,
      logout_uri: `${location.origin}${SIGNED_OUT_PATH}`,
    },
  });
}
