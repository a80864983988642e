export { createLocalApp, type LocalApp, type LocalAppOptions } from './app';
export {
  checkJava,
  type DynamoDbLocal,
  ensureTable,
  freePort,
  JavaMissingError,
  localClient,
  localClientConfig,
  startDynamoDbLocal,
} from './dynamodb';
export { createLocalIdentity, hashPassword, oneTimePassword, setPassword, verifyPassword } from './identity';
export { createDevIssuer, type DevIssuer, LOCAL_AUDIENCE, TOKEN_TTL_SECONDS } from './issuer';
export { type LocalServer, type LocalServerOptions, startLocalServer } from './server';
