import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { endSession, lastSignOutReason, useSession } from './session';

/** Routes inside need a session; without one (or when it ends) the user goes to sign-in and comes back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => endSession('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/signin" replace state={{ from, reason: lastSignOutReason() }} />;
  }
  return <Outlet />;
}
