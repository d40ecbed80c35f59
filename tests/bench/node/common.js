// Shared by the baseline scripts: argument parsing, the fixture, result lines.
'use strict';

const fs = require('fs');

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

module.exports = { args, serverDefaults, loadFixture, emit, log };
