// G11's raw ceiling (issue #23): --n cell edits (field --field set to a new string on the class's first
// --n objects by objectId) sent as pre-built PUTs in POST /batch bodies of --batch, --concurrency at a
// time on keep-alive connections: the same batch size and parallelism as ParseDesk's save. The objects are
// read before the clock starts. Prints one line:
//   {"client":"raw-edits","n":1000,"batchSize":50,"concurrency":4,"ms":...,"errors":0}
'use strict';

const { args, serverDefaults, emit, log, request, agentFor, post, fire, chunks, outcomes } = require('./common');

async function main() {
  const opt = args({ ...serverDefaults(), n: '1000', field: 'str0', value: 'raw', batch: '50', concurrency: '4', ca: '' });
  const base = new URL(opt.url.replace(/\/$/, ''));
  const mount = base.pathname;
  const n = Number(opt.n);
  const concurrency = Number(opt.concurrency);
  const agent = agentFor(base, concurrency, opt.ca);
  const headers = {
    'Content-Type': 'application/json',
    'X-Parse-Application-Id': opt['app-id'],
    'X-Parse-Master-Key': opt['master-key'],
  };
  const listed = await request(agent, new URL(`${base}/classes/${opt.class}?order=objectId&limit=${n}&keys=objectId`), 'GET', headers);
  const ids = JSON.parse(listed.body).results.map(o => o.objectId);
  const bodies = chunks(ids, Number(opt.batch)).map(group =>
    Buffer.from(JSON.stringify({
      requests: group.map((id, i) => ({ method: 'PUT', path: `${mount}/classes/${opt.class}/${id}`, body: { [opt.field]: `${opt.value} ${i}` } })),
    })));
  const batchUrl = new URL(`${base}/batch`);
  // Every connection opened before the clock starts, as ParseDesk's are warm from loading the rows.
  await Promise.all(Array.from({ length: concurrency }, () => post(agent, batchUrl, headers, Buffer.from('{"requests":[]}'))));
  const sent = await fire(agent, batchUrl, headers, bodies, concurrency);
  const { errors } = outcomes(sent.replies);
  agent.destroy();
  log(`raw edits: ${ids.length} in ${sent.ms.toFixed(0)} ms (${opt.batch} per batch x ${concurrency}), ${errors} errors`);
  emit({ client: 'raw-edits', n: ids.length, batchSize: Number(opt.batch), concurrency, ms: sent.ms, errors });
}

main().catch(e => {
  log(`edits.js: ${e.stack || e}`);
  process.exit(1);
});
