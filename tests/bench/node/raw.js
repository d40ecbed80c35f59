// The raw ceiling: pre-built POST /batch bodies fired by a plain HTTP client (keep-alive, N sockets)
// with nothing else to do, for every batch size x concurrency given; the fixture is created, then the
// same objects deleted (their delete bodies are built before the clock starts). Prints one JSON line
// per measurement and, last, the best setting of each operation measured again --repeat times:
//   {"client":"raw","op":"create","batchSize":100,"concurrency":4,"n":10000,"ms":...,"errors":0}
//   {"client":"raw","op":"create","best":true,...}
'use strict';

const http = require('http');
const { args, serverDefaults, loadFixture, emit, log, post, fire, chunks, outcomes } = require('./common');

async function main() {
  const opt = args({ ...serverDefaults(), sizes: '50,100,200,500', concurrency: '1,2,4,6', repeat: '3' });
  const data = loadFixture(opt.fixture);
  const url = new URL(opt.url.replace(/\/$/, '') + '/batch');
  const mount = url.pathname.replace(/\/batch$/, '');
  const headers = {
    'Content-Type': 'application/json',
    'X-Parse-Application-Id': opt['app-id'],
    'X-Parse-Master-Key': opt['master-key'],
  };
  // One create of the fixture then the delete of the same objects, `size` per batch, `concurrency` at once.
  const round = async (size, concurrency, createBodies) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    await post(agent, url, headers, Buffer.from('{"requests":[]}')); // opens a connection, untimed
    const made = await fire(agent, url, headers, createBodies, concurrency);
    const created = outcomes(made.replies);
    const deleteBodies = chunks(created.ids, size).map(group =>
      Buffer.from(JSON.stringify({ requests: group.map(id => ({ method: 'DELETE', path: `${mount}/classes/${opt.class}/${id}` })) })));
    const gone = await fire(agent, url, headers, deleteBodies, concurrency);
    const deleted = outcomes(gone.replies);
    agent.destroy();
    log(`raw size ${size} x ${concurrency}: create ${made.ms.toFixed(0)} ms, delete ${gone.ms.toFixed(0)} ms`);
    return [
      { client: 'raw', op: 'create', batchSize: size, concurrency, n: data.length, ms: made.ms, errors: created.errors },
      { client: 'raw', op: 'delete', batchSize: size, concurrency, n: created.ids.length, ms: gone.ms, errors: deleted.errors },
    ];
  };
  const createBodiesFor = size =>
    chunks(data, size).map(group =>
      Buffer.from(JSON.stringify({ requests: group.map(body => ({ method: 'POST', path: `${mount}/classes/${opt.class}`, body })) })));

  // The sweep finds the best batch size and concurrency of each operation ...
  const best = {};
  for (const size of opt.sizes.split(',').map(Number)) {
    const createBodies = createBodiesFor(size);
    for (const concurrency of opt.concurrency.split(',').map(Number)) {
      for (const line of await round(size, concurrency, createBodies)) {
        emit(line);
        if (line.errors === 0 && (!best[line.op] || line.ms < best[line.op].ms)) best[line.op] = line;
      }
    }
  }
  // ... then that setting is measured `repeat` times and the fastest kept, as the other clients are: the
  // minimum of a whole sweep would be luckier than a best of `repeat`.
  for (const op of ['create', 'delete']) {
    if (!best[op]) continue;
    const { batchSize, concurrency } = best[op];
    let fastest = null;
    for (let r = 0; r < Number(opt.repeat); ++r) {
      const line = (await round(batchSize, concurrency, createBodiesFor(batchSize))).find(l => l.op === op);
      if (line.errors === 0 && (!fastest || line.ms < fastest.ms)) fastest = line;
    }
    if (fastest) emit({ ...fastest, best: true, sweepMs: best[op].ms });
  }
}

main().catch(e => {
  log(`raw.js: ${e.stack || e}`);
  process.exit(1);
});
