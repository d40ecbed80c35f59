// Loads the demo data into a running test server through its REST API (master key).
// Idempotent: a master-key-only Parse Config parameter marks a finished seed; without it, leftovers
// of an interrupted run are removed first. Settings: PARSE_SERVER_URL (else from PARSE_PORT and
// PARSE_MOUNT), PARSE_APP_ID, PARSE_MASTER_KEY.
'use strict';

const cfg = require('./config');

const SERVER_URL = (process.env.PARSE_SERVER_URL || cfg.serverURL).replace(/\/+$/, '');
const MOUNT = new URL(SERVER_URL).pathname.replace(/\/+$/, '');
const MARKER = 'parsedeskDemoSeed';
const MARKER_VERSION = 1;
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'];
const PASSWORD = 'demo-password';
const DEMO_CLASSES = ['Room', 'TypeZoo'];

const ROOM_FIELDS = {
  creatorUsername: { type: 'String' },
  roomName: { type: 'String' },
  users: { type: 'Array' },
  visits: { type: 'Number' },
  playerUpdated: { type: 'Date' },
};
const TYPE_ZOO_FIELDS = {
  text: { type: 'String' },
  number: { type: 'Number' },
  flag: { type: 'Boolean' },
  when: { type: 'Date' },
  room: { type: 'Pointer', targetClass: 'Room' },
  members: { type: 'Relation', targetClass: '_User' },
  attachment: { type: 'File' },
  location: { type: 'GeoPoint' },
  area: { type: 'Polygon' },
  tags: { type: 'Array' },
  meta: { type: 'Object' },
  bytes: { type: 'Bytes' },
  rooms: { type: 'Array' },
};
// A 1x1 PNG, so the demo has an image file too.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function api(method, path, body, contentType = 'application/json') {
  const headers = { 'X-Parse-Application-Id': cfg.appId, 'X-Parse-Master-Key': cfg.masterKey };
  if (body !== undefined) headers['Content-Type'] = contentType;
  const payload = body === undefined || contentType !== 'application/json' ? body : JSON.stringify(body);
  const res = await fetch(SERVER_URL + path, { method, headers, body: payload });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

async function ok(method, path, body, contentType) {
  const r = await api(method, path, body, contentType);
  if (r.status >= 300) throw new Error(`${method} ${path}: HTTP ${r.status} ${r.text}`);
  return r.json;
}

// Runs a batch and returns the per-op results, failing on the first op error.
async function batch(requests) {
  const results = await ok('POST', '/batch', {
    requests: requests.map(r => ({ ...r, path: MOUNT + r.path })),
  });
  results.forEach((r, i) => {
    if (r.error) throw new Error(`batch op ${i} (${requests[i].path}): ${JSON.stringify(r.error)}`);
  });
  return results.map(r => r.success);
}

async function classExists(name) {
  return (await api('GET', `/schemas/${name}`)).status === 200;
}

// Removes what an interrupted earlier run may have left behind.
async function cleanLeftovers() {
  for (const name of DEMO_CLASSES) {
    if (await classExists(name)) await ok('DELETE', `/purge/${name}`);
  }
  const where = encodeURIComponent(JSON.stringify({ username: { $in: USERS } }));
  const users = (await ok('GET', `/users?where=${where}&keys=objectId`)).results;
  const roles = (await ok('GET', `/roles?where=${encodeURIComponent('{"name":"moderators"}')}`)).results;
  const deletes = [
    ...users.map(u => ({ method: 'DELETE', path: `/users/${u.objectId}` })),
    ...roles.map(r => ({ method: 'DELETE', path: `/roles/${r.objectId}` })),
  ];
  if (deletes.length) await batch(deletes);
}

async function ensureClass(name, fields) {
  if (!(await classExists(name))) await ok('POST', `/schemas/${name}`, { className: name, fields });
}

function pointer(className, objectId) {
  return { __type: 'Pointer', className, objectId };
}

function rooms() {
  const adjectives = ['Red', 'Quiet', 'Lucky', 'Fast', 'Misty', 'Golden', 'Frozen', 'Hidden'];
  const nouns = ['Lobby', 'Arena', 'Garden', 'Harbor', 'Tower'];
  const base = Date.UTC(2025, 0, 1);
  const list = [];
  for (let i = 0; i < 40; i++) {
    const creator = USERS[i % USERS.length];
    // Creator first, then 0..3 other players.
    const users = [creator];
    for (let k = 1; k <= i % 4; k++) users.push(USERS[(i + k * 2) % USERS.length]);
    list.push({
      creatorUsername: creator,
      roomName: `${adjectives[i % adjectives.length]}${nouns[Math.floor(i / 8) % nouns.length]}${i + 1}`,
      users: [...new Set(users)],
      visits: (i * 37) % 500,
      playerUpdated: { __type: 'Date', iso: new Date(base + i * 26_000_000).toISOString() },
    });
  }
  return list;
}

async function seed() {
  const t0 = Date.now();
  const config = await ok('GET', '/config');
  if (config.params && config.params[MARKER] === MARKER_VERSION) {
    console.log('seed: demo data already present');
    return;
  }
  await cleanLeftovers();
  await ensureClass('Room', ROOM_FIELDS);
  await ensureClass('TypeZoo', TYPE_ZOO_FIELDS);

  const users = await batch(
    USERS.map(username => ({
      method: 'POST',
      path: '/users',
      body: { username, password: PASSWORD, email: `${username}@example.com` },
    })),
  );
  const userId = Object.fromEntries(USERS.map((name, i) => [name, users[i].objectId]));
  const userPointers = names => names.map(n => pointer('_User', userId[n]));

  await ok('POST', '/roles', {
    name: 'moderators',
    ACL: { '*': { read: true } },
    users: { __op: 'AddRelation', objects: userPointers(['alice', 'bob']) },
  });

  const roomIds = (await batch(rooms().map(body => ({ method: 'POST', path: '/classes/Room', body })))).map(
    r => r.objectId,
  );

  const [textFile, pngFile] = await Promise.all([
    ok('POST', '/files/hello.txt', 'Hello from the ParseDesk demo server.\n', 'text/plain'),
    ok('POST', '/files/pixel.png', Buffer.from(PNG_1X1, 'base64'), 'image/png'),
  ]);
  const file = f => ({ __type: 'File', name: f.name });

  const zoo = [
    {
      // Every type filled in; anyone can read, only alice can write.
      text: 'every type',
      number: 42.5,
      flag: true,
      when: { __type: 'Date', iso: '2025-06-01T12:34:56.789Z' },
      room: pointer('Room', roomIds[0]),
      members: { __op: 'AddRelation', objects: userPointers(['alice', 'bob']) },
      attachment: file(textFile),
      location: { __type: 'GeoPoint', latitude: 52.52, longitude: 13.405 },
      area: { __type: 'Polygon', coordinates: [[52.5, 13.3], [52.6, 13.3], [52.6, 13.5], [52.5, 13.5]] },
      tags: ['red', 'green', 3, { nested: true }],
      meta: { level: 3, owner: { name: 'alice' }, tags: ['a', 'b'], empty: null },
      bytes: { __type: 'Bytes', base64: Buffer.from('ParseDesk').toString('base64') },
      rooms: [pointer('Room', roomIds[0]), pointer('Room', roomIds[2])],
      ACL: { '*': { read: true }, [userId.alice]: { read: true, write: true } },
    },
    {
      // Private to alice: a REST-key query without her session does not see it.
      text: 'alice only',
      number: -7,
      flag: false,
      when: { __type: 'Date', iso: '1999-12-31T23:59:59.000Z' },
      room: pointer('Room', roomIds[1]),
      attachment: file(pngFile),
      location: { __type: 'GeoPoint', latitude: -33.8688, longitude: 151.2093 },
      tags: [],
      meta: {},
      ACL: { [userId.alice]: { read: true, write: true } },
    },
    {
      // Readable by the moderators role only.
      text: 'moderators only',
      number: 1e15,
      members: { __op: 'AddRelation', objects: userPointers(['carol']) },
      tags: ['t2', 't2'],
      ACL: { 'role:moderators': { read: true, write: true } },
    },
    {
      // Mostly missing values and no ACL at all (public read and write).
      text: 'sparse',
    },
  ];
  await batch(zoo.map(body => ({ method: 'POST', path: '/classes/TypeZoo', body })));

  await ok('PUT', '/config', { params: { [MARKER]: MARKER_VERSION }, masterKeyOnly: { [MARKER]: true } });
  console.log(`seed: demo data loaded in ${Date.now() - t0} ms (${roomIds.length} rooms, ${USERS.length} users)`);
}

seed().catch(e => {
  console.error('seed failed:', e.message);
  process.exit(1);
});
