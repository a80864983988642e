import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from './Loading';

/**
 * A route element loaded on first use (React.lazy): a page's code, and the libraries only it needs (charts, QR
 * codes), stay out of the first download. `pick` names the page among the module's exports.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
