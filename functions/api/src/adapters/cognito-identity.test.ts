import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  CognitoIdentityProviderClient,
  InternalErrorException,
  NotAuthorizedException,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { AlreadyExistsError } from '@prima/store';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdentityUser } from '../ports';
import { type CognitoClient, type CognitoCommand, createCognitoIdentity } from './cognito-identity';

const POOL = 'ap-southeast-3_Pool1234';
const EMAIL = 'petugas@bantul.go.id';
const TENANT = '01JABCDEFGHJKMNPQRSTVWXYZ0';

/**
 * A fake Cognito client: records every command (class name and input) and answers from a per-command script of
 * replies, in order; an Error reply is thrown. Unscripted commands answer `{}`.
 */
function fakeCognito(script: Record<string, unknown[]> = {}) {
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const client: CognitoClient = {
    async send(command: CognitoCommand) {
      const name = command.constructor.name;
      const input: Record<string, unknown> = { ...command.input };
      sent.push({ command: name, input });
      const reply = script[name]?.shift();
      if (reply instanceof Error) throw reply;
      return reply ?? {};
    },
  };
  return { client, sent, identity: createCognitoIdentity(client, POOL) };
}

const meta = { $metadata: {} };
const user = { UserPoolId: POOL, Username: EMAIL };
const officer: IdentityUser = {
  email: EMAIL,
  userId: '01JUSERUSERUSERUSERUSERUSE',
  tenantId: TENANT,
  role: 'coordinator',
  name: 'Siti Rahayu',
};

describe('Cognito identity adapter', () => {
  describe('createUser', () => {
    it('creates the user with email as username, verified email, name and tenant, then adds the role group', async () => {
      const { identity, sent } = fakeCognito();
      await expect(identity.createUser(officer)).resolves.toEqual({ temporaryPassword: null });
      expect(sent).toEqual([
        {
          command: 'AdminCreateUserCommand',
          input: {
            ...user,
            UserAttributes: [
              { Name: 'email', Value: EMAIL },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: 'Siti Rahayu' },
              { Name: 'custom:userId', Value: officer.userId },
              { Name: 'custom:tenantId', Value: TENANT },
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          },
        },
        { command: 'AdminAddUserToGroupCommand', input: { ...user, GroupName: 'coordinator' } },
      ]);
    });

    it('gives a platform operator no tenant attribute', async () => {
      const { identity, sent } = fakeCognito();
      await identity.createUser({ ...officer, tenantId: null, role: 'platform-operator' });
      const attrs = sent[0]!.input.UserAttributes as { Name: string }[];
      expect(attrs.map((a) => a.Name)).toEqual(['email', 'email_verified', 'name', 'custom:userId']);
      expect(sent[1]).toEqual({
        command: 'AdminAddUserToGroupCommand',
        input: { ...user, GroupName: 'platform-operator' },
      });
    });

    it('maps a taken username to AlreadyExistsError(email) and adds no group', async () => {
      const { identity, sent } = fakeCognito({
        AdminCreateUserCommand: [new UsernameExistsException({ message: 'exists', ...meta })],
      });
      const err = await identity.createUser(officer).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AlreadyExistsError);
      expect((err as AlreadyExistsError).field).toBe('email');
      expect(sent.map((s) => s.command)).toEqual(['AdminCreateUserCommand']);
    });

    it('passes other errors through', async () => {
      const boom = new InternalErrorException({ message: 'boom', ...meta });
      const { identity } = fakeCognito({ AdminCreateUserCommand: [boom] });
      await expect(identity.createUser(officer)).rejects.toBe(boom);
    });

    it('deletes the new user again when the group cannot be added', async () => {
      const boom = new InternalErrorException({ message: 'boom', ...meta });
      const { identity, sent } = fakeCognito({ AdminAddUserToGroupCommand: [boom] });
      await expect(identity.createUser(officer)).rejects.toBe(boom);
      expect(sent.map((s) => s.command)).toEqual([
        'AdminCreateUserCommand',
        'AdminAddUserToGroupCommand',
        'AdminDeleteUserCommand',
      ]);
      expect(sent[2]!.input).toEqual(user);
    });
  });

  describe('updateUser', () => {
    it('on a role change leaves the old role groups and joins the new one, keeping unrelated groups', async () => {
      const { identity, sent } = fakeCognito({
        AdminListGroupsForUserCommand: [
          { Groups: [{ GroupName: 'analyst' }, { GroupName: 'beta-testers' }], NextToken: 'page-2' },
          { Groups: [{ GroupName: 'unit-officer' }] },
        ],
      });
      await identity.updateUser(EMAIL, { role: 'coordinator' });
      expect(sent).toEqual([
        { command: 'AdminListGroupsForUserCommand', input: { ...user, Limit: 60, NextToken: undefined } },
        { command: 'AdminListGroupsForUserCommand', input: { ...user, Limit: 60, NextToken: 'page-2' } },
        { command: 'AdminRemoveUserFromGroupCommand', input: { ...user, GroupName: 'analyst' } },
        { command: 'AdminRemoveUserFromGroupCommand', input: { ...user, GroupName: 'unit-officer' } },
        { command: 'AdminAddUserToGroupCommand', input: { ...user, GroupName: 'coordinator' } },
      ]);
    });

    it('does not re-add a group the user is already in', async () => {
      const { identity, sent } = fakeCognito({
        AdminListGroupsForUserCommand: [{ Groups: [{ GroupName: 'coordinator' }] }],
      });
      await identity.updateUser(EMAIL, { role: 'coordinator' });
      expect(sent.map((s) => s.command)).toEqual(['AdminListGroupsForUserCommand']);
    });

    it('disables and enables the user', async () => {
      const { identity, sent } = fakeCognito();
      await identity.updateUser(EMAIL, { enabled: false });
      await identity.updateUser(EMAIL, { enabled: true });
      expect(sent).toEqual([
        { command: 'AdminDisableUserCommand', input: user },
        { command: 'AdminEnableUserCommand', input: user },
      ]);
    });

    it('applies role and status together, as the users route sends them', async () => {
      const { identity, sent } = fakeCognito({
        AdminListGroupsForUserCommand: [{ Groups: [{ GroupName: 'analyst' }] }],
      });
      await identity.updateUser(EMAIL, { role: 'analyst', enabled: false });
      expect(sent.map((s) => s.command)).toEqual([
        'AdminListGroupsForUserCommand',
        'AdminDisableUserCommand',
      ]);
    });
  });

  describe('resetPassword', () => {
    it('resets the password; Cognito e-mails the code, so no password is returned', async () => {
      const { identity, sent } = fakeCognito();
      await expect(identity.resetPassword(EMAIL)).resolves.toEqual({ temporaryPassword: null });
      expect(sent).toEqual([{ command: 'AdminResetUserPasswordCommand', input: user }]);
    });

    it('re-sends the invitation to a user who never signed in', async () => {
      const { identity, sent } = fakeCognito({
        AdminResetUserPasswordCommand: [
          new NotAuthorizedException({
            message: 'User password cannot be reset in the current state.',
            ...meta,
          }),
        ],
      });
      await expect(identity.resetPassword(EMAIL)).resolves.toEqual({ temporaryPassword: null });
      expect(sent[1]).toEqual({
        command: 'AdminCreateUserCommand',
        input: { ...user, MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] },
      });
    });

    it('passes other errors through', async () => {
      const missing = new UserNotFoundException({ message: 'missing', ...meta });
      const { identity } = fakeCognito({ AdminResetUserPasswordCommand: [missing] });
      await expect(identity.resetPassword(EMAIL)).rejects.toBe(missing);
    });
  });

  describe('deleteUser', () => {
    it('deletes the user', async () => {
      const { identity, sent } = fakeCognito();
      await identity.deleteUser(EMAIL);
      expect(sent).toEqual([{ command: 'AdminDeleteUserCommand', input: user }]);
    });

    it('treats a user that is already gone as deleted', async () => {
      const { identity } = fakeCognito({
        AdminDeleteUserCommand: [new UserNotFoundException({ message: 'missing', ...meta })],
      });
      await expect(identity.deleteUser(EMAIL)).resolves.toBeUndefined();
    });

    it('passes other errors through', async () => {
      const boom = new InternalErrorException({ message: 'boom', ...meta });
      const { identity } = fakeCognito({ AdminDeleteUserCommand: [boom] });
      await expect(identity.deleteUser(EMAIL)).rejects.toBe(boom);
    });
  });
});

describe('Cognito identity adapter on the real SDK client (aws-sdk-client-mock)', () => {
  const cognito = mockClient(CognitoIdentityProviderClient);
  afterEach(() => cognito.reset());
  const identity = () =>
    createCognitoIdentity(new CognitoIdentityProviderClient({ region: 'ap-southeast-3' }), POOL);

  it('sends AdminCreateUser with the immutable tenant and user ids, then the role group', async () => {
    cognito.on(AdminCreateUserCommand).resolves({ User: { Username: EMAIL } });
    cognito.on(AdminAddUserToGroupCommand).resolves({});
    await expect(identity().createUser(officer)).resolves.toEqual({ temporaryPassword: null });
    const created = cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input;
    expect(created.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'custom:tenantId', Value: TENANT },
        { Name: 'custom:userId', Value: officer.userId },
      ]),
    );
    expect(cognito.commandCalls(AdminAddUserToGroupCommand)[0]!.args[0].input).toEqual({
      ...user,
      GroupName: 'coordinator',
    });
  });

  it("recognises the SDK's own UsernameExistsException", async () => {
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', ...meta }));
    await expect(identity().createUser(officer)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(cognito.commandCalls(AdminAddUserToGroupCommand)).toHaveLength(0);
  });

  it("treats the SDK's UserNotFoundException on delete as done", async () => {
    cognito.on(AdminDeleteUserCommand).rejects(new UserNotFoundException({ message: 'missing', ...meta }));
    await expect(identity().deleteUser(EMAIL)).resolves.toBeUndefined();
  });
});
