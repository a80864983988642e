/**
 * Deployment stages and their settings. The stage comes from CDK context (`-c stage=prod`), defaults to `dev`,
 * and names every stack and physical resource, so several stages can live in one account side by side.
 *
 * Settings are read, in increasing precedence, from: the stage's defaults below; the context object
 * `prima:<stage>` (put it in cdk.json's `context`, or pass `-c 'prima:prod={"alarmEmail":"…"}'`); single context
 * keys (`-c alarmEmail=ops@example.go.id`). Everything is checked before any stack is built, and every problem is
 * reported at once.
 */
export const STAGES = ['dev', 'staging', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/** Rate limits: API Gateway throttling (requests per second) and WAF rate rules (requests per IP per 5 minutes). */
export interface RateLimits {
  /** Steady-state requests per second for the whole API (API Gateway stage default). */
  readonly apiRatePerSecond: number;
  readonly apiBurst: number;
  /** Requests per second for the public routes (`/api/public/*`, `/open311/*`), API Gateway route throttling. */
  readonly publicRatePerSecond: number;
  readonly publicBurst: number;
  /** WAF: requests per client IP per 5 minutes to the public routes before WAF blocks that IP. */
  readonly wafPublicPer5Min: number;
  /** WAF: requests per client IP per 5 minutes to anything before WAF blocks that IP. */
  readonly wafAllPer5Min: number;
}

export interface StageConfig {
  readonly stage: Stage;
  /** CloudFormation termination protection on the stage's stacks. */
  readonly terminationProtection: boolean;
  /** The stage's region; the CloudFront web ACL lives in us-east-1 regardless. */
  readonly region: string;
  /** Custom domain of the web app and API (CloudFront alias); absent: the CloudFront domain only. */
  readonly domainName?: string;
  /** ACM certificate for `domainName`, in us-east-1 (CloudFront). Required with `domainName`. */
  readonly certificateArn?: string;
  /** Subscribed to the stage's alarm topic (confirm the e-mail SNS sends). */
  readonly alarmEmail?: string;
  /** Extra browser origins (e.g. a Vite dev server): CORS on the API and sign-in callback URLs. */
  readonly allowedOrigins: readonly string[];
  /** From-address of notifications, a verified SES identity; absent: the notification sender stays disabled. */
  readonly mailFrom?: string;
  /** Prefix of the Cognito hosted sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`). */
  readonly authDomainPrefix?: string;
  readonly rateLimits: RateLimits;
  /** Retention of every log group of the stage, in days. */
  readonly logRetentionDays: number;
  /**
   * Bump after changing the origin-verify secret: CloudFormation re-reads a secret only when the resource that
   * names it changes, so this number goes into both the distribution and the API function.
   */
  readonly originVerifyRotation: number;
}

type Defaults = Omit<StageConfig, 'stage' | 'originVerifyRotation'>;

const DEV_LIMITS: RateLimits = {
  apiRatePerSecond: 50,
  apiBurst: 100,
  publicRatePerSecond: 20,
  publicBurst: 40,
  wafPublicPer5Min: 300,
  wafAllPer5Min: 3000,
};

const DEFAULTS: Record<Stage, Defaults> = {
  dev: {
    terminationProtection: false,
    region: 'ap-southeast-3',
    allowedOrigins: ['http://localhost:5173', 'http://localhost:3000'],
    rateLimits: DEV_LIMITS,
    logRetentionDays: 30,
  },
  staging: {
    terminationProtection: false,
    region: 'ap-southeast-3',
    allowedOrigins: [],
    rateLimits: DEV_LIMITS,
    logRetentionDays: 30,
  },
  prod: {
    terminationProtection: true,
    region: 'ap-southeast-3',
    allowedOrigins: [],
    rateLimits: {
      apiRatePerSecond: 500,
      apiBurst: 1000,
      publicRatePerSecond: 100,
      publicBurst: 200,
      wafPublicPer5Min: 300,
      wafAllPer5Min: 3000,
    },
    logRetentionDays: 365,
  },
};

/** Retention values CloudWatch Logs accepts (up to ten years). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export class StageError extends Error {
  override name = 'StageError';
}

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** The setting keys, each settable as a single context key or inside `prima:<stage>`. */
const SETTING_KEYS = [
  'region',
  'domainName',
  'certificateArn',
  'alarmEmail',
  'allowedOrigins',
  'mailFrom',
  'authDomainPrefix',
  'logRetentionDays',
  'terminationProtection',
  'originVerifyRotation',
  ...(Object.keys(DEV_LIMITS) as (keyof RateLimits)[]),
] as const;

/** Reads a context value: `tryGetContext` of the app, or a plain record in tests. */
export type ContextReader = (key: string) => unknown;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const ORIGIN = /^https?:\/\/[^/\s]+$/;
const CLOUDFRONT_CERT = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The stage and its settings. `stage` is the `stage` context value (absent: `dev`; anything else must name a
 * stage exactly); `context` reads the other context keys.
 */
export function stageConfig(stage: unknown, context: ContextReader = () => undefined): StageConfig {
  if (stage !== undefined && (typeof stage !== 'string' || !isStage(stage))) {
    throw new StageError(
      `Unknown stage ${JSON.stringify(stage)}: pass -c stage=${STAGES.join('|')} (default dev).`,
    );
  }
  const name: Stage = stage ?? 'dev';
  const problems: string[] = [];

  const fromObject = context(`prima:${name}`);
  let stageObject: Record<string, unknown> = {};
  if (typeof fromObject === 'string') {
    try {
      stageObject = JSON.parse(fromObject) as Record<string, unknown>;
    } catch {
      problems.push(`prima:${name} is not valid JSON`);
    }
  } else if (fromObject && typeof fromObject === 'object' && !Array.isArray(fromObject)) {
    stageObject = fromObject as Record<string, unknown>;
  } else if (fromObject !== undefined) {
    problems.push(`prima:${name} must be an object of settings`);
  }
  for (const key of Object.keys(stageObject)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      problems.push(`prima:${name}.${key} is not a setting (known: ${SETTING_KEYS.join(', ')})`);
    }
  }
  const raw = (key: string): unknown => context(key) ?? stageObject[key];

  const defaults = DEFAULTS[name];
  const text = (key: string, pattern: RegExp, what: string): string | undefined => {
    const value = raw(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || !pattern.test(value)) {
      problems.push(`${key} must be ${what}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  };
  const integer = (key: string, fallback: number, min: number, max: number): number => {
    const value = raw(key);
    if (value === undefined) return fallback;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return fallback;
    }
    return n;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const value = raw(key);
    if (value === undefined) return fallback;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    problems.push(`${key} must be true or false, got ${JSON.stringify(value)}`);
    return fallback;
  };

  const region = text('region', REGION, 'an AWS region such as ap-southeast-3') ?? defaults.region;
  const domainName = text('domainName', DOMAIN, 'a lower-case domain name such as prima.example.go.id');
  const certificateArn = text(
    'certificateArn',
    CLOUDFRONT_CERT,
    'the ARN of an ACM certificate in us-east-1 (CloudFront only accepts those)',
  );
  if (domainName && !certificateArn) problems.push('domainName needs certificateArn (ACM, us-east-1)');
  if (certificateArn && !domainName) problems.push('certificateArn is only used with domainName');
  const alarmEmail = text('alarmEmail', EMAIL, 'an e-mail address');
  const mailFrom = text('mailFrom', EMAIL, 'an e-mail address of a verified SES identity');
  const authDomainPrefix = text(
    'authDomainPrefix',
    DOMAIN_PREFIX,
    'lower-case letters, digits and hyphens (a Cognito domain prefix)',
  );
  if (authDomainPrefix && /aws|amazon|cognito/.test(authDomainPrefix)) {
    problems.push('authDomainPrefix may not contain aws, amazon or cognito');
  }

  let allowedOrigins: readonly string[] = defaults.allowedOrigins;
  const origins = raw('allowedOrigins');
  if (origins !== undefined) {
    const list =
      typeof origins === 'string'
        ? origins.split(',')
        : Array.isArray(origins) && origins.every((o) => typeof o === 'string')
          ? (origins as string[])
          : null;
    if (!list) problems.push('allowedOrigins must be a comma-separated string or a list of origins');
    else {
      allowedOrigins = list.map((o) => o.trim()).filter((o) => o !== '');
      for (const o of allowedOrigins) {
        if (!ORIGIN.test(o)) problems.push(`allowedOrigins: ${o} is not an origin (scheme://host[:port])`);
        else if (o.startsWith('http://') && name === 'prod' && !/^http:\/\/localhost(:\d+)?$/.test(o)) {
          problems.push(`allowedOrigins: ${o} must use https in prod`);
        }
      }
    }
  }

  const d = defaults.rateLimits;
  const rateLimits: RateLimits = {
    apiRatePerSecond: integer('apiRatePerSecond', d.apiRatePerSecond, 1, 10_000),
    apiBurst: integer('apiBurst', d.apiBurst, 1, 5_000),
    publicRatePerSecond: integer('publicRatePerSecond', d.publicRatePerSecond, 1, 10_000),
    publicBurst: integer('publicBurst', d.publicBurst, 1, 5_000),
    // WAF rate-based rules accept 10 to 2,000,000,000 requests per evaluation window.
    wafPublicPer5Min: integer('wafPublicPer5Min', d.wafPublicPer5Min, 10, 2_000_000_000),
    wafAllPer5Min: integer('wafAllPer5Min', d.wafAllPer5Min, 10, 2_000_000_000),
  };
  if (rateLimits.publicRatePerSecond > rateLimits.apiRatePerSecond) {
    problems.push('publicRatePerSecond may not exceed apiRatePerSecond');
  }
  if (rateLimits.wafPublicPer5Min > rateLimits.wafAllPer5Min) {
    problems.push('wafPublicPer5Min may not exceed wafAllPer5Min');
  }

  const logRetentionDays = integer('logRetentionDays', defaults.logRetentionDays, 1, 3653);
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    problems.push(`logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  const terminationProtection = bool('terminationProtection', defaults.terminationProtection);
  const originVerifyRotation = integer('originVerifyRotation', 0, 0, 1_000_000);

  if (problems.length > 0) {
    throw new StageError(`Invalid settings for stage ${name}:\n  - ${problems.join('\n  - ')}`);
  }
  return {
    stage: name,
    terminationProtection,
    region,
    ...(domainName ? { domainName } : {}),
    ...(certificateArn ? { certificateArn } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(mailFrom ? { mailFrom } : {}),
    ...(authDomainPrefix ? { authDomainPrefix } : {}),
    allowedOrigins,
    rateLimits,
    logRetentionDays,
    originVerifyRotation,
  };
}

/** Stack names: one CloudFormation stack per stage and concern, e.g. `prima-prod-data`. */
export const stackName = (stage: Stage, concern: string) => `prima-${stage}-${concern}`;

/** Physical resource names of a stage: `prima-<stage>-<name>`. */
export const resourceName = (config: StageConfig, name: string) => `prima-${config.stage}-${name}`;
