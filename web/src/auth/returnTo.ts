/**
 * Where to go after sign-in: a path of this app only: never another site (`//host`, `/\host`), never back to
 * sign-in or its callback.
 */
export const safeReturn = (from: string | undefined): string =>
  from?.startsWith('/') &&
  !from.startsWith('//') &&
  !from.startsWith('/\\') &&
  !from.startsWith('/signin') &&
  !from.startsWith('/auth/')
    ? from
    : '/';
