import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
// The roles of the domain, read from its source (infra does not depend on @prima/domain at runtime).
import { ROLES } from '../../packages/domain/src/roles';
import { ROLE_GROUPS } from '../lib/stacks/auth-stack';
import { only, resources, synth } from './support';

describe('auth stack: the officials’ user pool', () => {
  let auth: Template;
  let edge: Template;
  let pool: ReturnType<typeof only>['resource'];

  beforeAll(() => {
    const s = synth();
    auth = s.template('auth');
    edge = s.template('edge');
    pool = only(auth, 'AWS::Cognito::UserPool').resource;
  }, 120_000);

  it('declares custom:tenantId and custom:userId as immutable 26-character strings (ULIDs)', () => {
    const schema = pool.Properties.Schema as {
      Name: string;
      Mutable?: boolean;
      StringAttributeConstraints?: unknown;
    }[];
    for (const name of ['tenantId', 'userId']) {
      expect(schema.find((a) => a.Name === name)).toEqual({
        Name: name,
        AttributeDataType: 'String',
        Mutable: false,
        StringAttributeConstraints: { MinLength: '26', MaxLength: '26' },
      });
    }
  });

  it('has no self sign-up; the e-mail is the username', () => {
    expect(pool.Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
  });

  it('requires 12+ characters with a letter and a digit, as passwordSchema does', () => {
    expect((pool.Properties.Policies as { PasswordPolicy: unknown }).PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireNumbers: true,
      RequireLowercase: true,
      RequireUppercase: false,
      RequireSymbols: false,
    });
  });

  it('offers TOTP MFA to every official, without SMS', () => {
    expect(pool.Properties.MfaConfiguration).toBe('OPTIONAL');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('is retained when the stack goes (users and their immutable attributes cannot be recreated)', () => {
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.UpdateReplacePolicy).toBe('Retain');
  });

  it('has one group per role of @prima/domain, and no other', () => {
    const groups = resources(auth, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect([...groups].sort()).toEqual([...ROLES].sort());
    expect(Object.keys(ROLE_GROUPS).sort()).toEqual([...ROLES].sort());
  });

  it('has a hosted sign-in domain for the authorization-code flow', () => {
    only(auth, 'AWS::Cognito::UserPoolDomain');
  });

  describe('the web app client', () => {
    let client: Record<string, unknown>;
    beforeAll(() => {
      client = only(edge, 'AWS::Cognito::UserPoolClient').resource.Properties;
    });

    it('is the only client of the pool', () => {
      expect(resources(auth, 'AWS::Cognito::UserPoolClient')).toHaveLength(0);
    });

    it('is public (no secret) and uses only the authorization-code flow (PKCE), no implicit grant', () => {
      expect(client.GenerateSecret).toBe(false);
      expect(client.AllowedOAuthFlows).toEqual(['code']);
      expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
      expect(client.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      expect(client.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
      expect(client.ExplicitAuthFlows).not.toContain('ALLOW_ADMIN_USER_PASSWORD_AUTH');
    });

    it('cannot write the tenant, the user id or the e-mail; only the display name', () => {
      expect(client.WriteAttributes).toEqual(['name']);
    });

    it('reads the attributes the ID token must carry', () => {
      expect(client.ReadAttributes).toEqual(
        expect.arrayContaining(['custom:tenantId', 'custom:userId', 'email', 'email_verified', 'name']),
      );
    });

    it('calls back to the CloudFront domain and the configured origins only', () => {
      const callbacks = client.CallbackURLs as unknown[];
      expect(callbacks).toContainEqual({
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^Cdn/), 'DomainName'] }, '/auth/callback'],
        ],
      });
      expect(callbacks.filter((c) => typeof c === 'string')).toEqual([
        'http://localhost:5173/auth/callback',
        'http://localhost:3000/auth/callback',
      ]);
    });

    it('revokes tokens and hides whether a user exists', () => {
      expect(client.EnableTokenRevocation).toBe(true);
      expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    });
  });
});

describe('auth stack in prod', () => {
  it('protects the pool from deletion and mails through SES when mailFrom is set', () => {
    const s = synth({
      stage: 'prod',
      context: {
        domainName: 'prima.bantulkab.go.id',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
        mailFrom: 'no-reply@bantulkab.go.id',
      },
    });
    const pool = only(s.template('auth'), 'AWS::Cognito::UserPool').resource;
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Prima <no-reply@bantulkab.go.id>',
    });
    const client = only(s.template('edge'), 'AWS::Cognito::UserPoolClient').resource.Properties;
    expect(client.CallbackURLs).toContain('https://prima.bantulkab.go.id/auth/callback');
    expect((client.CallbackURLs as unknown[]).filter((c) => typeof c === 'string')).toEqual([
      'https://prima.bantulkab.go.id/auth/callback',
    ]);
  }, 120_000);
});
