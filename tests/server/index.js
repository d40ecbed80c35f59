// Local Parse Server (PostgreSQL) for ParseDesk tests and the demo. Configured only by
// environment variables (see config.js and README.md); listens on 127.0.0.1 only.
// Files and logs go to ./files and ./logs of the working directory (server.sh runs it in the state dir).
'use strict';

const http = require('http');
const path = require('path');
const express = require('express');
const { ParseServer } = require('parse-server');
const FSFilesAdapter = require('@parse/fs-files-adapter');
const cfg = require('./config');

function serverOptions() {
  const options = {
    appId: cfg.appId,
    masterKey: cfg.masterKey,
    restAPIKey: cfg.restKey,
    clientKey: cfg.clientKey,
    databaseURI: cfg.databaseURI,
    serverURL: cfg.serverURL,
    publicServerURL: cfg.serverURL,
    cloud: path.join(__dirname, 'cloud', 'main.js'),
    // GridFS (the default) needs MongoDB.
    filesAdapter: new FSFilesAdapter(),
    logsFolder: path.resolve('logs'),
    allowClientClassCreation: false,
    liveQuery: { classNames: ['Room'] },
    // Tests save thousands of objects: log trigger and function failures, not every success.
    logLevels: { triggerBeforeSuccess: 'silent', triggerAfter: 'silent', cloudFunctionSuccess: 'silent' },
  };
  if (cfg.masterKeyIps !== undefined) options.masterKeyIps = cfg.masterKeyIps;
  if (cfg.allowCustomObjectId) options.allowCustomObjectId = true;
  if (cfg.maxLimit !== undefined) options.maxLimit = cfg.maxLimit;
  if (cfg.idempotency) options.idempotencyOptions = { paths: ['.*'], ttl: 300 };
  if (cfg.rateLimit !== undefined) options.rateLimit = cfg.rateLimit;
  if (cfg.webhookKey !== undefined) options.webhookKey = cfg.webhookKey;
  if (cfg.batchLimit !== undefined) options.requestComplexity = { batchRequestLimit: cfg.batchLimit };
  return options;
}

async function main() {
  const options = serverOptions();
  const parseServer = new ParseServer(options);
  await parseServer.start();

  const app = express();
  app.use(cfg.mount, parseServer.app);
  const httpServer = http.createServer(app);
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(cfg.port, cfg.host, resolve);
  });
  const liveQuery = await ParseServer.createLiveQueryServer(
    httpServer,
    {
      appId: cfg.appId,
      masterKey: cfg.masterKey,
      serverURL: cfg.serverURL,
      keyPairs: { restAPIKey: cfg.restKey, clientKey: cfg.clientKey, masterKey: cfg.masterKey },
    },
    options,
  );
  console.log(`parsedesk test server: ${cfg.serverURL} (LiveQuery ws://${cfg.host}:${cfg.port}${cfg.mount})`);

  let stopping = false;
  const shutdown = async signal => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Never hang on shutdown: server.sh waits for this process to exit.
    setTimeout(() => process.exit(0), 3000).unref();
    try {
      await liveQuery.shutdown();
      httpServer.closeAllConnections();
      await new Promise(resolve => httpServer.close(resolve));
      await parseServer.handleShutdown();
    } catch (e) {
      console.error('shutdown:', e);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch(e => {
  console.error('parsedesk test server failed to start:', e);
  process.exit(1);
});
