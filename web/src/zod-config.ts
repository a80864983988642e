import { z } from 'zod';

/**
 * zod compiles fast validators with `new Function` when it may; the pages' CSP (`default-src 'self'`) forbids eval,
 * and even zod's probe for it is reported as a violation. Imported first, before any schema is used.
 */
z.config({ jitless: true });
