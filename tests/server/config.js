// Settings shared by index.js and seed.js, all from the environment so tests can start
// differently configured servers side by side.
'use strict';

const env = process.env;

function intEnv(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

function jsonEnv(name) {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${name} is not valid JSON: ${e.message}`);
  }
}

// A JSON array or a comma separated list ("127.0.0.1,::1").
function listEnv(name) {
  const raw = (env[name] || '').trim();
  if (raw === '') return undefined;
  if (raw.startsWith('[')) return jsonEnv(name);
  return raw.split(',').map(s => s.trim()).filter(Boolean);
}

let mount = env.PARSE_MOUNT || '/parse';
if (!mount.startsWith('/')) mount = '/' + mount;
if (mount.length > 1) mount = mount.replace(/\/+$/, '');

const port = intEnv('PARSE_PORT', 1337);
const host = '127.0.0.1';

module.exports = {
  host,
  port,
  mount,
  serverURL: `http://${host}:${port}${mount}`,
  appId: env.PARSE_APP_ID || 'parsedesk-demo',
  masterKey: env.PARSE_MASTER_KEY || 'demo-master-key',
  restKey: env.PARSE_REST_KEY || 'demo-rest-key',
  clientKey: env.PARSE_CLIENT_KEY || 'demo-client-key',
  databaseURI: env.DATABASE_URI || 'postgres://postgres@127.0.0.1:54329/parse',
  batchLimit: intEnv('PARSE_BATCH_LIMIT', undefined),
  maxLimit: intEnv('PARSE_MAX_LIMIT', undefined),
  rateLimit: jsonEnv('PARSE_RATE_LIMIT'),
  masterKeyIps: listEnv('PARSE_MASTER_KEY_IPS'),
  // "1": clients may choose objectIds when creating (Parse Server's allowCustomObjectId).
  allowCustomObjectId: env.PARSE_ALLOW_CUSTOM_OBJECT_ID === '1',
  // "1": idempotencyOptions for every path: a repeated X-Parse-Request-Id is refused with code 159
  // (single writes only: Parse Server applies a repeated /batch again).
  idempotency: env.PARSE_IDEMPOTENCY === '1',
  // webhookKey: sent to webhooks as X-Parse-Webhook-Key; without one Parse Server warns on every call.
  webhookKey: env.PARSE_WEBHOOK_KEY || undefined,
};
