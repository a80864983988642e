import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { completeCognitoSignIn } from '../auth/cognito';
import { useAuthMode } from '../auth/config';
import { getSession, startSession } from '../auth/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';

/**
 * `/auth/callback`: where Cognito's hosted UI returns with `?code=…&state=…`. Exchanges the code, starts the
 * session with the ID token and goes where the user was going. Without Cognito there is nothing to complete.
 */
export function AuthCallbackPage() {
  const { t } = useTranslation();
  const mode = useAuthMode();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    document.title = `${t('auth.signInTitle')} · Prima`;
  }, [t]);

  useEffect(() => {
    if (mode?.kind !== 'cognito') return;
    let live = true;
    completeCognitoSignIn(mode.cognito).then(
      ({ idToken, expiresIn, from }) => {
        if (!live) return;
        qc.clear();
        startSession(idToken, expiresIn);
        navigate(from, { replace: true });
      },
      (e: unknown) => {
        if (!live) return;
        // A stale callback (the back button after signing in) while signed in: just go on.
        if (getSession()) navigate('/', { replace: true });
        else {
          console.error('Completing the hosted sign-in failed', e);
          setFailed(true);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [mode, navigate, qc]);

  if (mode && mode.kind !== 'cognito') return <Navigate to="/signin" replace />;

  let body: ReactNode = <Loading />;
  if (failed) {
    body = (
      <>
        <Notice tone="danger" role="alert">
          <p>{t('auth.callbackFailed')}</p>
        </Notice>
        <p>
          <Link to="/signin" replace className="button button--primary">
            {t('auth.backToSignIn')}
          </Link>
        </p>
      </>
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
        {!failed && <p className="auth-card__intro">{t('auth.completingSignIn')}</p>}
        {body}
      </main>
    </div>
  );
}
