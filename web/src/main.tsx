import './zod-config';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { configureClient } from './api/client';
import { isProblem } from './api/problem';
import { currentToken, endSession, getSession, subscribe } from './auth/session';
import { initI18n } from './i18n';
import { router } from './router';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network error or 5xx might.
      retry: (count, error) => !(isProblem(error) && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      // Re-render on every change of a query, not only of the properties read during the last render: a page
      // shell's render prop may read a query of the page after the page rendered, and a change made before that
      // first read (the answer arriving before the shell's own data) would otherwise never reach the screen.
      notifyOnChangeProps: 'all',
    },
  },
});

configureClient({ token: currentToken, onUnauthorized: () => endSession('expired') });

// Whatever was cached belongs to the user who just left.
subscribe(() => {
  if (!getSession()) queryClient.clear();
});

async function start() {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
