import {
  Aws,
  CfnOutput,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { resourceName, type StageConfig } from '../stage';

/**
 * The roles of @prima/domain (`ROLES` in packages/domain/src/roles.ts), one Cognito group each: a user's
 * group reaches the ID token as `cognito:groups`. infra does not depend on @prima/domain; a test keeps the two
 * lists equal.
 */
export const ROLE_GROUPS = {
  'platform-operator': 'Operates the Prima platform: onboards, suspends, exports and removes tenants',
  'tenant-admin': 'Administers one Pemda: settings, units, services, users',
  coordinator: 'Verifies and dispatches complaints of one Pemda',
  'unit-officer': 'Handles the complaints of one or more OPD units',
  analyst: 'Reads the reports and dashboards of one Pemda',
} as const;

/** Immutable custom attributes the Cognito identity adapter writes at AdminCreateUser, both ULIDs. */
export const CUSTOM_ATTRIBUTES = ['tenantId', 'userId'] as const;

export interface AuthStackProps extends StackProps {
  readonly config: StageConfig;
}

/**
 * The user directory of the officials: a Cognito user pool. Citizens have no accounts. Users are created by
 * the API (onboarding, user administration) with AdminCreateUser; there is no self sign-up. Each user carries the
 * immutable `custom:tenantId` (absent for platform operators) and `custom:userId`, and is in the group of its role.
 * The web app's client lives in the edge stack, because its callback URL is the CloudFront distribution's domain.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`, the hosted sign-in. */
  readonly domainUrl: string;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    const { config, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: Cognito user pool of the officials`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    this.userPool = new UserPool(this, 'Users', {
      userPoolName: resourceName(config, 'users'),
      // Lite covers hosted sign-in, groups and TOTP MFA; threat protection would need Plus (see nag note below).
      featurePlan: FeaturePlan.LITE,
      selfSignUpEnabled: false,
      // The e-mail is the username (the Cognito adapter creates users with Username = email).
      signInAliases: { email: true, username: false },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: false, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        tenantId: new StringAttribute({ minLen: 26, maxLen: 26, mutable: false }),
        userId: new StringAttribute({ minLen: 26, maxLen: 26, mutable: false }),
      },
      // passwordSchema of @prima/domain: 12+ characters with a letter and a digit. Cognito cannot say "a letter of
      // either case"; requiring a lower-case letter is the closest rule that accepts no password the domain
      // rejects.
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: false,
        requireDigits: true,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(7),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      email: config.mailFrom
        ? UserPoolEmail.withSES({ fromEmail: config.mailFrom, fromName: 'Prima', sesRegion: config.region })
        : UserPoolEmail.withCognito(),
      userInvitation: {
        emailSubject: 'Undangan Prima / Prima invitation',
        emailBody:
          'Anda diundang ke Prima. Nama pengguna: {username} Kata sandi sementara: {####} ' +
          '(berlaku 7 hari; ganti saat masuk pertama). / You have been invited to Prima. Username: {username} ' +
          'One-time password: {####} (valid 7 days; change it at first sign-in).',
      },
      deletionProtection: config.stage === 'prod',
      // Users and their immutable attributes cannot be recreated: the pool stays when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Object.entries(ROLE_GROUPS).forEach(([groupName, description], precedence) => {
      new CfnUserPoolGroup(this, `Group-${groupName}`, {
        userPoolId: this.userPool.userPoolId,
        groupName,
        description,
        precedence,
      });
    });

    const prefix = config.authDomainPrefix ?? Fn.join('-', ['prima', config.stage, Aws.ACCOUNT_ID]);
    this.domain = this.userPool.addDomain('HostedSignIn', { cognitoDomain: { domainPrefix: prefix } });
    this.domainUrl = this.domain.baseUrl();

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG1',
      reason:
        'The policy is 12+ characters with a letter and a digit, the same as passwordSchema in @prima/domain; ' +
        'length over composition rules (NIST SP 800-63B).',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'TOTP MFA is available to every official (optional); making it mandatory is a per-Pemda policy decision ' +
        'and would lock out officials without an authenticator app on first rollout.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Threat protection (advanced security) needs the Plus feature plan, priced per MAU; the pool has no ' +
        'self sign-up and lockout is enforced by Cognito. Switch featurePlan to PLUS to enable it.',
    });

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolArn', { value: this.userPool.userPoolArn });
    new CfnOutput(this, 'HostedSignInUrl', { value: this.domainUrl });
  }
}

/** Cognito's issuer URL of a pool: the `iss` of its tokens. */
export const issuerOf = (pool: UserPool) =>
  `https://cognito-idp.${Stack.of(pool).region}.${Stack.of(pool).urlSuffix}/${pool.userPoolId}`;
