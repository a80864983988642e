import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The officials' admin and the citizens' public pages. Built into web/dist, which the local server (and in AWS,
 * S3 + CloudFront) serves. The API's CSP is `default-src 'self'`: nothing may be inlined as a data: URI.
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|use-sync-external-store)[\\/]/,
            },
            // zod-config (jitless: the CSP forbids eval) travels with zod, so it runs before any chunk builds a schema.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-config\.ts$/ },
            // Charts (recharts and its dependencies) load only with the pages that draw them.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|clsx|tiny-invariant)[\\/]/,
            },
            // The QR code of the survey poster (officials only): kept off the citizens' pages.
            { name: 'qrcode', test: /node_modules[\\/](qrcode|dijkstrajs)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      // The citizens' form reads the complaint categories from the public Open311 service list.
      '/open311': 'http://localhost:3000',
      // The local server's development mailbox (JSON); the page itself, /dev/mailbox/<slug>, stays here.
      '^/dev/mailbox(\\?|$)': 'http://localhost:3000',
    },
  },
});
