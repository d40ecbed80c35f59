// Cloud code of the ParseDesk test/demo server. Functions cover the reply shapes a client must
// handle (plain result, Parse.Error with a custom code, a thrown plain Error, validation errors).
'use strict';

const ROOM_NAME = /^[A-Za-z0-9]+$/;

// Returns its parameters unchanged.
Parse.Cloud.define('echo', request => request.params);

// Fails with a Parse.Error; code and message can be chosen ({code, message}) to test error mapping.
Parse.Cloud.define('parseError', request => {
  const code = Number.isInteger(request.params.code) ? request.params.code : 4242;
  throw new Parse.Error(code, request.params.message || 'custom failure');
});

// Fails with a plain Error (not a Parse.Error).
Parse.Cloud.define('plainError', () => {
  throw new Error('plain failure');
});

// The server clock, as a Parse Date and as a number, for the demo's cloud console.
Parse.Cloud.define('serverTime', () => {
  const now = new Date();
  return { date: now, epochMs: now.getTime() };
});

// Who the call runs as: the session token's user (or null) and whether the master key came with it.
Parse.Cloud.define('whoAmI', request => ({
  username: request.user ? request.user.get('username') : null,
  master: request.master === true,
}));

// The most visited rooms (params.limit, 1..100, default 5): a list of objects, which the console
// shows as a table.
Parse.Cloud.define('topRooms', request => {
  const limit = Math.min(Math.max(Number(request.params.limit) || 5, 1), 100);
  return new Parse.Query('Room').descending('visits').limit(limit).find({ useMasterKey: true });
});

// Answers after params.ms milliseconds (0..30000): lets tests exercise timeouts and cancel.
Parse.Cloud.define('sleep', async request => {
  const ms = Math.min(Math.max(Number(request.params.ms) || 0, 0), 30000);
  await new Promise(resolve => setTimeout(resolve, ms));
  return { sleptMs: ms };
});

// Creates a Room for params.owner named params.roomName (letters and digits, unique per owner).
// The uniqueness check is a query, so two concurrent calls can still both succeed.
Parse.Cloud.define('createRoom', async request => {
  const { owner, roomName } = request.params;
  if (typeof owner !== 'string' || owner.trim() === '') {
    throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'owner is required');
  }
  if (typeof roomName !== 'string' || roomName === '') {
    throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'roomName is required');
  }
  if (!ROOM_NAME.test(roomName)) {
    throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'roomName must contain only letters and digits');
  }
  const existing = await new Parse.Query('Room')
    .equalTo('creatorUsername', owner)
    .equalTo('roomName', roomName)
    .first({ useMasterKey: true });
  if (existing) {
    throw new Parse.Error(Parse.Error.DUPLICATE_VALUE, `room "${roomName}" already exists for owner "${owner}"`);
  }
  const room = new Parse.Object('Room');
  room.set({ creatorUsername: owner, roomName, users: [owner], visits: 0, playerUpdated: new Date() });
  return room.save(null, { useMasterKey: true });
});

// A background job for the console's job mode: reports progress through its _JobStatus message and
// finishes with the number of rooms (params.ms: how long to take first, 0..30000).
Parse.Cloud.job('countRooms', async request => {
  request.message('counting rooms');
  const ms = Math.min(Math.max(Number(request.params.ms) || 0, 0), 30000);
  await new Promise(resolve => setTimeout(resolve, ms));
  // A where every room matches: without one, a Postgres count is the planner's estimate.
  const count = await new Parse.Query('Room').exists('objectId').count({ useMasterKey: true });
  return `${count} rooms`;
});

// A trigger whose rejection shows up as a per-operation error inside a batch.
Parse.Cloud.beforeSave('Room', request => {
  const visits = request.object.get('visits');
  if (typeof visits === 'number' && visits < 0) {
    throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'visits must not be negative');
  }
});

// A job that leaves a trace of each run: a JobRun object tagged params.tag, so tests can count how often
// a schedule really ran (parsedesk-cli jobs run-due).
Parse.Cloud.job('recordRun', async request => {
  const run = new Parse.Object('JobRun');
  run.set({ tag: String(request.params.tag || ''), jobId: request.jobId });
  await run.save(null, { useMasterKey: true });
  return `recorded ${request.params.tag || ''}`;
});

// A job that fails (its _JobStatus ends "failed" with this message): jobs run --wait exits 1.
Parse.Cloud.job('failingJob', () => {
  throw new Error('failingJob failed on purpose');
});
