import { OpenAPIHono, z } from '@hono/zod-openapi';
import { emailSchema, passwordSchema } from '@prima/domain';
import type { Env } from '../env';
import { body, createRoute, json } from '../openapi';
import type { SignInPort, SignInResult } from '../ports';
import { ApiError } from '../problem';
import { validationHook } from '../validation';

/**
 * Password sign-in of the development issuer. Mounted only where the API issues its own tokens; in AWS, Cognito's
 * hosted sign-in issues them and this route does not exist.
 */
const tags = ['Auth'];
const tokenSchema = z
  .object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number().int() })
  .meta({ id: 'Token' });

function tokenOrProblem(res: SignInResult) {
  if (res.ok) return { access_token: res.token, token_type: 'Bearer' as const, expires_in: res.expiresIn };
  switch (res.reason) {
    case 'invalid':
      throw new ApiError('invalid-credentials');
    case 'password-change-required':
      throw new ApiError('password-change-required');
    case 'throttled':
      throw new ApiError('too-many-requests', { retryAfterSeconds: res.retryAfterSeconds });
    case 'locked':
      throw new ApiError('account-locked', { retryAfterSeconds: res.retryAfterSeconds });
  }
}

export const authRoutes = (signIn: SignInPort) =>
  new OpenAPIHono<Env>({ defaultHook: validationHook })
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/token',
        tags,
        summary: 'Sign in with email and password (development issuer)',
        request: {
          body: body(
            z
              .strictObject({ email: emailSchema, password: z.string().min(1).max(128) })
              .meta({ id: 'SignIn' }),
          ),
        },
        responses: { 200: json(tokenSchema, 'A short-lived ID token') },
      }),
      async (c) => {
        const { email, password } = c.req.valid('json');
        return c.json(tokenOrProblem(await signIn.signIn(email, password)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/password',
        tags,
        summary: 'Replace a (one-time) password and sign in',
        request: {
          body: body(
            z
              .strictObject({
                email: emailSchema,
                password: z.string().min(1).max(128),
                newPassword: passwordSchema,
              })
              .meta({ id: 'ChangePassword' }),
          ),
        },
        responses: { 200: json(tokenSchema, 'A short-lived ID token') },
      }),
      async (c) => {
        const { email, password, newPassword } = c.req.valid('json');
        return c.json(tokenOrProblem(await signIn.changePassword(email, password, newPassword)), 200);
      },
    );

/** The typed routes of password sign-in, for the web client (they are not part of AppType: mounted only locally). */
export type AuthRoutes = ReturnType<typeof authRoutes>;
