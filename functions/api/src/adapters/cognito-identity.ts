import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminListGroupsForUserCommand,
  type AdminListGroupsForUserCommandOutput,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '@prima/domain';
import { AlreadyExistsError } from '@prima/store';
import type { IdentityPort } from '../ports';

/** The commands this adapter sends. */
export type CognitoCommand =
  | AdminAddUserToGroupCommand
  | AdminCreateUserCommand
  | AdminDeleteUserCommand
  | AdminDisableUserCommand
  | AdminEnableUserCommand
  | AdminListGroupsForUserCommand
  | AdminRemoveUserFromGroupCommand
  | AdminResetUserPasswordCommand;

/** The part of CognitoIdentityProviderClient the adapter uses; unit tests pass a fake that records commands. */
export interface CognitoClient {
  send(command: CognitoCommand): Promise<unknown>;
}

const isError = (e: unknown, name: string) => e instanceof Error && e.name === name;

/**
 * The user directory in AWS: a Cognito user pool. The username is the email; a role is a group of the same name
 * (it reaches the ID token as `cognito:groups`); the tenant is the `custom:tenantId` attribute and
 * Prima's user id the `custom:userId` attribute. Cognito e-mails
 * one-time passwords and reset codes itself, so no password ever passes through the API.
 */
export function createCognitoIdentity(client: CognitoClient, userPoolId: string): IdentityPort {
  const user = (email: string) => ({ UserPoolId: userPoolId, Username: email });

  async function groupsOf(email: string): Promise<string[]> {
    const groups: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = (await client.send(
        new AdminListGroupsForUserCommand({ ...user(email), Limit: 60, NextToken }),
      )) as AdminListGroupsForUserCommandOutput;
      for (const g of page.Groups ?? []) if (g.GroupName) groups.push(g.GroupName);
      NextToken = page.NextToken;
    } while (NextToken);
    return groups;
  }

  /** Moves the user to the role's group; groups that are not Prima roles are left alone. */
  async function setRole(email: string, role: Role): Promise<void> {
    const current = await groupsOf(email);
    for (const group of current) {
      if (group !== role && (ROLES as readonly string[]).includes(group)) {
        await client.send(new AdminRemoveUserFromGroupCommand({ ...user(email), GroupName: group }));
      }
    }
    if (!current.includes(role)) {
      await client.send(new AdminAddUserToGroupCommand({ ...user(email), GroupName: role }));
    }
  }

  return {
    async createUser({ email, name, tenantId, role, userId }) {
      try {
        await client.send(
          new AdminCreateUserCommand({
            ...user(email),
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: name },
              // Cognito's own `sub` is not Prima's user id; the immutable custom:userId carries it into the token.
              { Name: 'custom:userId', Value: userId },
              ...(tenantId !== null ? [{ Name: 'custom:tenantId', Value: tenantId }] : []),
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
      } catch (e) {
        if (isError(e, 'UsernameExistsException')) throw new AlreadyExistsError('email');
        throw e;
      }
      try {
        await client.send(new AdminAddUserToGroupCommand({ ...user(email), GroupName: role }));
      } catch (e) {
        // A user without its role's group must not stay behind: the caller sees the error and retries cleanly.
        await client.send(new AdminDeleteUserCommand(user(email))).catch(() => undefined);
        throw e;
      }
      return { temporaryPassword: null };
    },

    async updateUser(email, change) {
      if (change.role !== undefined) await setRole(email, change.role);
      if (change.enabled === true) await client.send(new AdminEnableUserCommand(user(email)));
      if (change.enabled === false) await client.send(new AdminDisableUserCommand(user(email)));
    },

    async resetPassword(email) {
      try {
        await client.send(new AdminResetUserPasswordCommand(user(email)));
      } catch (e) {
        // A user who never signed in (FORCE_CHANGE_PASSWORD) cannot be reset; Cognito re-sends the invitation
        // with a new one-time password instead.
        if (!isError(e, 'NotAuthorizedException')) throw e;
        await client.send(
          new AdminCreateUserCommand({
            ...user(email),
            MessageAction: 'RESEND',
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
      }
      return { temporaryPassword: null };
    },

    async deleteUser(email) {
      try {
        await client.send(new AdminDeleteUserCommand(user(email)));
      } catch (e) {
        if (isError(e, 'UserNotFoundException')) return;
        throw e;
      }
    },
  };
}
