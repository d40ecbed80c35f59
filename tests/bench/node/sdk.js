// Baseline: the Parse JS SDK (npm parse, pinned) with default options: Parse.Object.saveAll of the
// fixture, then Parse.Object.destroyAll of the same objects. Prints one JSON line per operation:
//   {"client":"sdk","op":"create"|"delete","n":10000,"ms":...,"errors":0,"error":null}
// saveAll/destroyAll stop at the first error; an error is reported in the line, not thrown.
'use strict';

const { args, serverDefaults, loadFixture, emit, log } = require('./common');
const Parse = require('parse/node');

async function main() {
  const opt = args({ ...serverDefaults(), repeat: '1' });
  Parse.initialize(opt['app-id'], undefined, opt['master-key']);
  Parse.serverURL = opt.url;
  const data = loadFixture(opt.fixture);
  const useMasterKey = { useMasterKey: true };

  // Not timed: creates the class if needed and warms the connection.
  const warm = new Parse.Object(opt.class);
  await warm.save(data[0], useMasterKey);
  await warm.destroy(useMasterKey);

  for (let r = 0; r < Number(opt.repeat); ++r) {
    const objects = data.map(fields => {
      const o = new Parse.Object(opt.class);
      o.set(Parse._decode(null, fields)); // {"__type":"Date"} becomes a Date
      return o;
    });
    for (const [op, run] of [
      ['create', () => Parse.Object.saveAll(objects, useMasterKey)],
      ['delete', () => Parse.Object.destroyAll(objects.filter(o => o.id), useMasterKey)],
    ]) {
      let error = null;
      const t0 = process.hrtime.bigint();
      try {
        await run();
      } catch (e) {
        error = String(e && e.message ? e.message : e);
      }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const n = op === 'create' ? objects.length : objects.filter(o => o.id).length;
      log(`sdk ${op} ${n} in ${ms.toFixed(0)} ms${error ? ' error: ' + error : ''}`);
      emit({ client: 'sdk', op, n, ms, errors: error ? 1 : 0, error });
    }
  }
}

main().catch(e => {
  log(`sdk.js: ${e.stack || e}`);
  process.exit(1);
});
