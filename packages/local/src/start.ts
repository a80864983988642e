/**
 * `pnpm start`: the whole product on this machine. DynamoDB Local (persisted in .data/dynamodb), the API and the
 * web app on one port, the demo Pemda on the first start. Ctrl-C stops everything, Java included.
 */
export {};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// Imported only now, so the line above is in place before any AWS SDK client exists.
const { main } = await import('./start-main');
await main();
