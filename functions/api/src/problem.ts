import type { Locale, Localized } from '@prima/domain';
import { z } from 'zod';

/**
 * RFC 9457 problem details. Every error the API returns is one of these types, with a title in the caller's
 * language, and field paths for validation. Never a stack trace.
 */
export const PROBLEMS = {
  validation: { status: 400, title: { id: 'Data yang dikirim tidak valid', en: 'The request is not valid' } },
  'malformed-json': {
    status: 400,
    title: { id: 'Isi permintaan bukan JSON yang valid', en: 'The request body is not valid JSON' },
  },
  'invalid-cursor': {
    status: 400,
    title: { id: 'Penanda halaman tidak valid', en: 'The page cursor is not valid' },
  },
  unauthorized: { status: 401, title: { id: 'Anda perlu masuk terlebih dahulu', en: 'Sign-in required' } },
  'invalid-token': {
    status: 401,
    title: { id: 'Token akses tidak valid atau kedaluwarsa', en: 'The access token is invalid or expired' },
  },
  'invalid-credentials': {
    status: 401,
    title: { id: 'Email atau kata sandi salah', en: 'Wrong email or password' },
  },
  forbidden: {
    status: 403,
    title: { id: 'Anda tidak memiliki izin untuk tindakan ini', en: 'You are not allowed to do this' },
  },
  'tenant-suspended': {
    status: 403,
    title: {
      id: 'Layanan Prima untuk pemerintah daerah ini sedang tidak tersedia',
      en: 'Prima is currently unavailable for this regional government',
    },
  },
  'account-deactivated': {
    status: 403,
    title: { id: 'Akun ini telah dinonaktifkan', en: 'This account has been deactivated' },
  },
  'password-change-required': {
    status: 403,
    title: { id: 'Kata sandi sekali pakai harus diganti', en: 'The one-time password must be changed' },
  },
  'not-found': { status: 404, title: { id: 'Data tidak ditemukan', en: 'Not found' } },
  'version-conflict': {
    status: 409,
    title: {
      id: 'Data telah diubah orang lain; muat ulang lalu coba lagi',
      en: 'Someone else changed this; reload and try again',
    },
  },
  'invalid-transition': {
    status: 409,
    title: {
      id: 'Tindakan ini tidak dapat dilakukan pada keadaan laporan saat ini',
      en: 'This action is not possible in the report’s current state',
    },
  },
  'already-exists': {
    status: 409,
    title: { id: 'Data dengan nilai ini sudah ada', en: 'This value is already taken' },
  },
  'survey-closed': {
    status: 409,
    title: {
      id: 'Mohon maaf, survei ini sedang tidak menerima jawaban',
      en: 'Sorry, this survey is not accepting answers at the moment',
    },
  },
  'payload-too-large': {
    status: 413,
    title: { id: 'Isi permintaan terlalu besar', en: 'The request body is too large' },
  },
  'unsupported-media-type': {
    status: 415,
    title: { id: 'Isi permintaan harus JSON', en: 'The request body must be JSON' },
  },
  'too-many-requests': {
    status: 429,
    title: { id: 'Terlalu banyak percobaan; tunggu sebentar', en: 'Too many attempts; wait a moment' },
  },
  'account-locked': {
    status: 429,
    title: {
      id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal',
      en: 'The account is locked for a while after too many failed attempts',
    },
  },
  internal: {
    status: 500,
    title: { id: 'Terjadi kesalahan di sistem kami', en: 'Something went wrong on our side' },
  },
} as const satisfies Record<string, { status: number; title: Localized }>;

export type ProblemType = keyof typeof PROBLEMS;

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly type: ProblemType,
    readonly options: {
      detail?: Localized;
      errors?: FieldError[];
      retryAfterSeconds?: number;
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(type);
  }
  get status() {
    return PROBLEMS[this.type].status;
  }
}

export const problemTypeUri = (type: ProblemType) => `https://prima.id/problems/${type}`;

export function problemBody(error: ApiError, locale: Locale, instance: string) {
  const def = PROBLEMS[error.type];
  return {
    type: problemTypeUri(error.type),
    title: def.title[locale],
    status: def.status,
    ...(error.options.detail ? { detail: error.options.detail[locale] } : {}),
    instance,
    ...(error.options.errors ? { errors: error.options.errors } : {}),
    ...error.options.extra,
  };
}

export const problemSchema = z
  .object({
    type: z.string().meta({ example: problemTypeUri('validation') }),
    title: z.string().meta({ example: PROBLEMS.validation.title.id }),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** Problem statuses a route may answer, by kind of route, for the OpenAPI document. */
const PROBLEM_STATUSES = {
  secured: [400, 401, 403, 404, 409, 413],
  public: [400, 403, 404, 413],
  auth: [400, 401, 403, 413, 429],
  open: [],
} as const;

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: the problem names each field',
  401: 'Not signed in, the token is invalid, or wrong credentials',
  403: 'Not allowed, tenant suspended, or account deactivated',
  404: 'Not found in this tenant',
  409: 'Version conflict, value already taken, or an action the current state does not allow',
  413: 'Request body too large',
  429: 'Too many attempts; see Retry-After',
  500: 'Something went wrong on our side',
};

/** The problem responses of an operation, referring to the registered `Problem` schema. */
export function problemResponsesFor(kind: keyof typeof PROBLEM_STATUSES): Record<string, unknown> {
  const content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  return Object.fromEntries(
    [...PROBLEM_STATUSES[kind], 500].map((status) => [
      String(status),
      { description: STATUS_DESCRIPTIONS[status], content },
    ]),
  );
}
