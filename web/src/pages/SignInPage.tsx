import { emailSchema, passwordSchema } from '@prima/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { changePassword, requestToken, type TokenResponse } from '../api/auth';
import { isProblem } from '../api/problem';
import { startCognitoSignIn } from '../auth/cognito';
import { type CognitoConfig, useAuthMode } from '../auth/config';
import { safeReturn } from '../auth/returnTo';
import { type SignOutReason, startSession, useSession } from '../auth/session';
import { Field } from '../components/Field';
import { FormProblems } from '../components/FormProblems';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { errorAt } from '../forms/problems';
import { domainResolver } from '../forms/resolver';
import { submitWith } from '../forms/submit';

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1) });
type SignInForm = { email: string; password: string };

const changeSchema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'mismatch' });
type ChangeForm = { newPassword: string; confirmPassword: string };

/** Seconds left until a throttled or locked sign-in may be tried again; counts down once a second. */
function useCountdown(error: unknown): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (!isProblem(error) || error.retryAfterSeconds === undefined) {
      setLeft(0);
      return;
    }
    const until = Date.now() + error.retryAfterSeconds * 1000;
    const tick = () => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [error]);
  return left;
}

function SignInStep({
  onChangeRequired,
}: {
  onChangeRequired: (email: string, password: string, title: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SignInForm, unknown, z.output<typeof signInSchema>>({
    defaultValues: { email: '', password: '' },
    resolver: domainResolver(signInSchema, (v) => v),
  });
  const signIn = useMutation({
    mutationFn: ({ email, password }: z.output<typeof signInSchema>) => requestToken(email, password),
  });
  const wait = useCountdown(signIn.error);
  const session = useSignedIn();
  const changeRequired = isProblem(signIn.error, 'password-change-required');
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = { email: t('auth.email'), password: t('auth.password') };

  const onSubmit = submitWith(form, signIn, async (values) => {
    try {
      session(await signIn.mutateAsync(values));
    } catch (e) {
      if (isProblem(e, 'password-change-required')) onChangeRequired(values.email, values.password, e.title);
      throw e;
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field name="email" label={t('auth.email')} required error={errorAt(errors, 'email')}>
        {(p) => <input {...p} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field name="password" label={t('auth.password')} required error={errorAt(errors, 'password')}>
        {(p) => (
          <input {...p} type="password" autoComplete="current-password" {...form.register('password')} />
        )}
      </Field>
      {!changeRequired && (
        <FormProblems
          errors={errors}
          problem={signIn.error}
          labelOf={(path) => labels[path]}
          hideRetryAfter
        />
      )}
      {wait > 0 && <p className="field__hint">{t('errors.retryAfter', { seconds: wait })}</p>}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={isSubmitting || wait > 0}
        >
          {isSubmitting ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </div>
    </form>
  );
}

interface ChangeRequired {
  email: string;
  password: string;
  /** The API's title of the password-change-required problem. */
  title: string;
}

function ChangePasswordStep({ email, password, title, onBack }: ChangeRequired & { onBack: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ChangeForm, unknown, z.output<typeof changeSchema>>({
    defaultValues: { newPassword: '', confirmPassword: '' },
    resolver: domainResolver(changeSchema, (v) => v),
  });
  const change = useMutation({
    mutationFn: ({ newPassword }: z.output<typeof changeSchema>) =>
      changePassword(email, password, newPassword),
  });
  const session = useSignedIn();
  const wait = useCountdown(change.error);
  const { errors, isSubmitting } = form.formState;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const labels: Record<string, string> = {
    newPassword: t('auth.newPassword'),
    confirmPassword: t('auth.confirmPassword'),
  };
  const mismatch = (message: string | undefined) =>
    message === 'mismatch' ? t('auth.passwordMismatch') : message;

  const onSubmit = submitWith(form, change, async (values) => session(await change.mutateAsync(values)));

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {t('auth.changeTitle')}
      </h2>
      <Notice tone="info" role="status" title={title}>
        <p>{t('auth.changeIntro')}</p>
      </Notice>
      <Field name="accountEmail" label={t('auth.email')} required>
        {(p) => <input {...p} type="email" autoComplete="username" value={email} readOnly />}
      </Field>
      <Field name="newPassword" label={t('auth.newPassword')} required error={errorAt(errors, 'newPassword')}>
        {(p) => (
          <input {...p} type="password" autoComplete="new-password" {...form.register('newPassword')} />
        )}
      </Field>
      <Field
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        required
        error={mismatch(errorAt(errors, 'confirmPassword'))}
      >
        {(p) => (
          <input {...p} type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
        )}
      </Field>
      <FormProblems
        hideRetryAfter
        errors={errors}
        problem={change.error}
        labelOf={(path) => labels[path === 'password' ? 'newPassword' : path]}
      />
      {wait > 0 && <p className="field__hint">{t('errors.retryAfter', { seconds: wait })}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting || wait > 0}>
          {isSubmitting ? t('common.saving') : t('auth.changeSubmit')}
        </button>
        <button type="button" className="button button--ghost" onClick={onBack}>
          {t('auth.backToSignIn')}
        </button>
      </div>
    </form>
  );
}

/** In AWS: one button to Cognito's hosted UI, which comes back to /auth/callback (AuthCallbackPage). */
function HostedSignIn({ config, from }: { config: CognitoConfig; from: string | undefined }) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  // Back from the hosted UI with the browser's back button (a page restored from the back/forward cache).
  useEffect(() => {
    const restored = (e: PageTransitionEvent) => e.persisted && setLeaving(false);
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);
  const start = async () => {
    setLeaving(true);
    setFailed(false);
    try {
      await startCognitoSignIn(config, from);
    } catch (e) {
      console.error('Starting the hosted sign-in failed', e);
      setLeaving(false);
      setFailed(true);
    }
  };
  return (
    <div className="form">
      {failed && (
        <Notice tone="danger" role="alert">
          <p>{t('auth.redirectFailed')}</p>
        </Notice>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary button--wide"
          disabled={leaving}
          onClick={() => void start()}
        >
          {leaving ? t('auth.redirecting') : t('auth.signInWithPemda')}
        </button>
      </div>
    </div>
  );
}

/** Starts the session from a token answer and returns to where the user was going. */
function useSignedIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const from = safeReturn((location.state as { from?: string } | null)?.from);
  return (token: TokenResponse) => {
    qc.clear();
    startSession(token.access_token, token.expires_in);
    navigate(from, { replace: true });
  };
}

/**
 * Sign-in: with email and password (a one-time password leads to "set a new password"), or, when /config.json
 * names a Cognito client (AWS), through the hosted UI.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const mode = useAuthMode();
  const [change, setChange] = useState<ChangeRequired | null>(null);
  const state = location.state as { reason?: SignOutReason | null; from?: string } | null;
  const reason = state?.reason ?? null;

  useEffect(() => {
    document.title = `${t('auth.signInTitle')} · Prima`;
  }, [t]);

  if (session && !change) return <Navigate to={safeReturn(state?.from)} replace />;

  let body: ReactNode;
  if (!mode) body = <Loading />;
  else if (mode.kind === 'cognito') body = <HostedSignIn config={mode.cognito} from={state?.from} />;
  else if (mode.kind === 'misconfigured') {
    body = (
      <Notice tone="danger" role="alert">
        <p>{t('auth.misconfigured')}</p>
      </Notice>
    );
  } else if (change) body = <ChangePasswordStep {...change} onBack={() => setChange(null)} />;
  else {
    body = (
      <SignInStep onChangeRequired={(email, password, title) => setChange({ email, password, title })} />
    );
  }

  return (
    <div className="auth-page">
      <header className="auth-page__top">
        <span className="auth-page__brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-card">
        <h1>{t('auth.signInTitle')}</h1>
        <p className="auth-card__intro">{t('auth.signInIntro')}</p>
        {reason && !change && (
          <Notice tone="info" role="status">
            <p>{reason === 'expired' ? t('auth.sessionExpired') : t('auth.signedOut')}</p>
          </Notice>
        )}
        {body}
        <p className="auth-card__foot">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
