// G10's raw ceiling (issue #23): a plain cursor-paging client exporting a class to CSV, with nothing else
// to do. One keep-alive connection; the schema first (the header needs its fields), then pages of --page
// objects ordered by objectId, each asked for past the last id seen, until an empty page; every page is
// written as CSV rows (strings as they are, other values as JSON) before the next is asked for, as
// ParseDesk's exporter pages. Prints one line:
//   {"client":"raw-export","rows":100000,"pages":101,"bytes":...,"ms":...}
//   node export.js --url https://127.0.0.1:1427/parse --class BenchWideExport --out /tmp/x.csv --ca cert.pem
'use strict';

const fs = require('fs');
const { args, serverDefaults, emit, log, request, agentFor } = require('./common');

function cell(value) {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function main() {
  const opt = args({ ...serverDefaults(), page: '1000', out: '', ca: '' });
  const base = opt.url.replace(/\/$/, '');
  const agent = agentFor(new URL(base), 1, opt.ca);
  const headers = { 'X-Parse-Application-Id': opt['app-id'], 'X-Parse-Master-Key': opt['master-key'] };
  const get = async path => {
    const r = await request(agent, new URL(base + path), 'GET', headers);
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.body.toString().slice(0, 200)}`);
    return JSON.parse(r.body);
  };
  const t0 = process.hrtime.bigint();
  const fd = fs.openSync(opt.out, 'w');
  const schema = await get(`/schemas/${opt.class}`);
  const columns = Object.keys(schema.fields).filter(f => schema.fields[f].type !== 'Relation');
  let bytes = fs.writeSync(fd, columns.map(f => `${f}:${schema.fields[f].type}`).join(',') + '\n');
  let rows = 0;
  let pages = 0;
  let last = null;
  for (;;) {
    const where = last ? { objectId: { $gt: last } } : {};
    const { results } = await get(
      `/classes/${opt.class}?where=${encodeURIComponent(JSON.stringify(where))}&order=objectId&limit=${opt.page}`,
    );
    ++pages;
    if (results.length === 0) break;
    bytes += fs.writeSync(fd, results.map(o => columns.map(f => cell(o[f])).join(',')).join('\n') + '\n');
    rows += results.length;
    last = results[results.length - 1].objectId;
  }
  fs.closeSync(fd);
  agent.destroy();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  log(`raw export: ${rows} rows, ${pages} pages, ${bytes} bytes in ${ms.toFixed(0)} ms`);
  emit({ client: 'raw-export', rows, pages, bytes, ms });
}

main().catch(e => {
  log(`export.js: ${e.stack || e}`);
  process.exit(1);
});
