// Shared by the baseline scripts: argument parsing, the fixture, result lines, and the raw HTTP(S) client
// (keep-alive agents, requests fired N at a time).
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');

// --name value pairs; every option has a default so a script runs with the test server's settings.
function args(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults)) throw new Error(`unknown option --${key}`);
    out[key] = argv[i + 1];
  }
  return out;
}

function serverDefaults() {
  const env = process.env;
  return {
    url: env.PARSEDESK_TEST_SERVER_URL || 'http://127.0.0.1:1337/parse',
    'app-id': env.PARSEDESK_TEST_APP_ID || 'parsedesk-demo',
    'master-key': env.PARSEDESK_TEST_MASTER_KEY || 'demo-master-key',
    class: 'BenchItem',
    fixture: '',
  };
}

// The objects to create: the file written by fixture.js, or generated on the fly.
function loadFixture(path) {
  if (path) return JSON.parse(fs.readFileSync(path, 'utf8'));
  return require('./fixture').objects(10000);
}

function emit(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function log(...parts) {
  process.stderr.write(parts.join(' ') + '\n');
}

// One request (body: a Buffer or nothing) on the agent; resolves with the status and the whole body. URLs
// of https go through https (the agent must be an https.Agent).
function request(agent, url, method, headers, body) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const all = body ? { ...headers, 'Content-Length': body.length } : headers;
    const req = client.request(url, { method, agent, headers: all }, res => {
      const parts = [];
      res.on('data', c => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function post(agent, url, headers, body) {
  return request(agent, url, 'POST', headers, body);
}

// A keep-alive agent of at most maxSockets connections for url; an https one trusts the certificate file
// ca (PEM) as its only authority, as a client pinning a self-signed server does.
function agentFor(url, maxSockets, ca) {
  if (url.protocol !== 'https:') return new http.Agent({ keepAlive: true, maxSockets });
  return new https.Agent({ keepAlive: true, maxSockets, ca: ca ? fs.readFileSync(ca) : undefined });
}

// Sends every body, `concurrency` at a time; returns the elapsed ms and the replies in order.
async function fire(agent, url, headers, bodies, concurrency) {
  const replies = new Array(bodies.length);
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const i = next++;
      replies[i] = await post(agent, url, headers, bodies[i]);
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, replies };
}

function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

// Per-operation outcomes of /batch replies: objectIds of the successes (when they carry one) and the
// number of errors.
function outcomes(replies) {
  const ids = [];
  let errors = 0;
  for (const r of replies) {
    let items = null;
    try {
      items = JSON.parse(r.body);
    } catch (e) {
      items = null;
    }
    if (r.status !== 200 || !Array.isArray(items)) {
      errors += 1;
      continue;
    }
    for (const item of items) {
      if (item.success) ids.push(item.success.objectId);
      else errors += 1;
    }
  }
  return { ids, errors };
}

module.exports = { args, serverDefaults, loadFixture, emit, log, request, post, agentFor, fire, chunks, outcomes };
