import type { Role } from '@prima/domain';
import { createLocalJWKSet, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK, SignJWT } from 'jose';

/**
 * The development identity issuer: signs ID tokens with Cognito's claim shape (sub, email, custom:tenantId, custom:userId,
 * cognito:groups, token_use, aud) and publishes its key as a JWKS. The API verifies its tokens exactly as it
 * verifies Cognito's: one verification path.
 */
export const LOCAL_AUDIENCE = 'prima-local-web';
export const TOKEN_TTL_SECONDS = 15 * 60;

export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  getKey: ReturnType<typeof createLocalJWKSet>;
  sign(
    claims: { sub: string; email: string; tenantId: string | null; role: Role },
    ttlSeconds?: number,
  ): Promise<string>;
}

export async function createDevIssuer(
  issuer: string,
  now: () => Date = () => new Date(),
): Promise<DevIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks = { keys: [jwk] };
  return {
    issuer,
    audience: LOCAL_AUDIENCE,
    jwks,
    getKey: createLocalJWKSet(jwks),
    async sign({ sub, email, tenantId, role }, ttlSeconds = TOKEN_TTL_SECONDS) {
      const iat = Math.floor(now().getTime() / 1000);
      return new SignJWT({
        email,
        token_use: 'id',
        'cognito:groups': [role],
        'custom:userId': sub,
        ...(tenantId ? { 'custom:tenantId': tenantId } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .sign(privateKey);
    },
  };
}
