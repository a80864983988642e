import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/me';
import { isProblem } from '../api/problem';
import { endSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';
import { Notice } from './Notice';
import { ProblemAlert } from './ProblemAlert';
import { SideNav } from './SideNav';

function SignOutButton() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <button
      type="button"
      className="button button--ghost app-header__signout"
      onClick={() => {
        endSession('signed-out');
        qc.clear();
      }}
    >
      {t('auth.signOut')}
    </button>
  );
}

/** Moves focus to the main region when the page changes, so screen readers start at the new content. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) main.current?.focus();
  }, [pathname]);
  return main;
}

/** The officials' shell: header (Pemda, user, language, sign-out), side navigation, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const main = useFocusMainOnNavigate();

  const header = (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header__brand">
        <Link to="/" className="app-header__logo" aria-label={t('app.name')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        {me.data && <span className="app-header__tenant">{me.data.tenant?.name ?? t('app.platform')}</span>}
      </div>
      <div className="app-header__tools">
        {me.data && (
          <p className="app-header__user">
            <span className="app-header__user-name">{me.data.name}</span>
            <span className="app-header__user-role">{t(`roles.${me.data.role}`)}</span>
          </p>
        )}
        <LanguageSwitch />
        <SignOutButton />
      </div>
    </header>
  );

  let body: ReactNode;
  if (me.isPending) body = <Loading />;
  else if (me.isError) {
    const blocked = isProblem(me.error) && me.error.status === 403;
    body = blocked ? (
      <Notice tone="danger" role="alert" title={isProblem(me.error) ? me.error.title : ''}>
        <p>{t('auth.accountUnavailable')}</p>
      </Notice>
    ) : (
      <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
    );
  } else body = <Outlet />;

  return (
    <div className="app-shell">
      {header}
      <div className="app-shell__body">
        {me.data && <SideNav hasTenant={me.data.tenant !== null} publicSlug={me.data.tenant?.slug ?? null} />}
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {body}
        </main>
      </div>
    </div>
  );
}
