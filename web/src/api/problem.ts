/** One invalid field of a problem+json answer; `path` is dotted (`days.3.date`, `standard.biaya`). */
export interface FieldProblem {
  path: string;
  message: string;
}

interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
}

/**
 * A non-2xx answer of the API, from its RFC 9457 problem+json body. The title (and field messages) are already in
 * the language the call asked for with Accept-Language.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** Seconds to wait, from Retry-After (throttled or locked sign-in). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: ProblemBody, retryAfterSeconds?: number) {
    super(body.title ?? `HTTP ${status}`);
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.title = body.title ?? `HTTP ${status}`;
    this.detail = body.detail;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whether the problem type is `kind` (types are URIs ending in `/<kind>`). */
  is(kind: ProblemKind): boolean {
    return this.type.endsWith(`/${kind}`);
  }
}

export type ProblemKind =
  | 'validation'
  | 'unauthorized'
  | 'invalid-token'
  | 'invalid-credentials'
  | 'forbidden'
  | 'tenant-suspended'
  | 'account-deactivated'
  | 'password-change-required'
  | 'not-found'
  | 'version-conflict'
  | 'already-exists'
  | 'too-many-requests'
  | 'account-locked'
  | 'internal';

export const isProblem = (e: unknown, kind?: ProblemKind): e is ProblemError =>
  e instanceof ProblemError && (kind === undefined || e.is(kind));

/** A stale `version` was sent: someone else changed the data in between. */
export const isVersionConflict = (e: unknown): boolean => isProblem(e, 'version-conflict');

async function problemOf(res: Response): Promise<ProblemError> {
  let body: ProblemBody = {};
  try {
    const parsed: unknown = await res.json();
    if (parsed && typeof parsed === 'object') body = parsed as ProblemBody;
  } catch {
    // not JSON: a proxy's error page; keep the status
  }
  const retry = Number(res.headers.get('retry-after'));
  return new ProblemError(res.status, body, Number.isFinite(retry) && retry > 0 ? retry : undefined);
}

type SuccessBody<R> = R extends { ok: true; json(): Promise<infer B> } ? B : never;

/** The body of a 2xx answer; any other status becomes a thrown ProblemError. */
export async function unwrap<R extends { ok: boolean; json(): Promise<unknown> }>(
  res: R,
): Promise<SuccessBody<R>> {
  if (!res.ok) throw await problemOf(res as unknown as Response);
  return (await res.json()) as SuccessBody<R>;
}
