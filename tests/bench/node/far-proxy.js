// The "far" server of issue #23: TLS in front of the plain-HTTP bench Parse Server, holding every chunk
// --delay ms in each direction (40 ms each way: an 80 ms round trip), with the self-signed test
// certificate of tests/support/tls (clients trust it by fingerprint). Like proxy.js it does not parse
// HTTP, so keep-alive (and the server's idle timeout) pass through untouched; a new connection's first
// bytes wait a round trip more, for the TCP handshake. It counts TCP connections
// and TLS handshakes, full and resumed.
//   node far-proxy.js --listen 1427 --upstream 127.0.0.1:1420 --delay 40 --stats 1428
// GET http://127.0.0.1:<stats>/ answers {"accepted":N,"handshakes":N,"resumed":N,"open":N,"maxOpen":N};
// GET /reset zeroes the counts (open stays).
'use strict';

const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');
const http = require('http');
const { args, log } = require('./common');

const certDir = path.join(__dirname, '..', '..', 'support', 'tls');
const opt = args({ listen: '1427', upstream: '127.0.0.1:1337', delay: '40', stats: '', cert: 'server-a' });
const [upHost, upPort] = opt.upstream.split(':');
const delay = Number(opt.delay);
const stats = { accepted: 0, handshakes: 0, resumed: 0, open: 0, maxOpen: 0 };
// Runs fn `delay` ms from now, or, for a connection's first bytes, one round trip more: the TCP handshake
// the loopback answers at once. In the order given, from one queue: a timer each could run a later chunk
// first (a timer's due time counts from the event loop's cached clock), and reordered TLS records fail as
// "bad record mac" (node export.js failed 2 of 3 runs through this proxy).
function delayer(extra) {
  const queue = [];
  let timer = null;
  const drain = () => {
    timer = null;
    while (queue.length && queue[0].at <= Date.now()) queue.shift().fn();
    if (queue.length) timer = setTimeout(drain, queue[0].at - Date.now());
  };
  return fn => {
    queue.push({ at: Date.now() + delay + extra, fn });
    extra = 0;
    if (!timer) timer = setTimeout(drain, queue[0].at - Date.now());
  };
}

// The distance is added on the TCP side, in front of TLS, so handshakes pay the round trips too.
const terminator = tls.createServer({
  cert: fs.readFileSync(path.join(certDir, `${opt.cert}.crt`)),
  key: fs.readFileSync(path.join(certDir, `${opt.cert}.key`)),
});
terminator.on('secureConnection', client => {
  stats.handshakes += 1;
  if (client.isSessionReused()) stats.resumed += 1;
  client.setNoDelay(true);
  const upstream = net.connect(Number(upPort), upHost);
  upstream.setNoDelay(true);
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
});
terminator.on('tlsClientError', () => {}); // a client that refused the certificate: counted, nothing more
terminator.listen(0, '127.0.0.1', () => {
  const server = net.createServer(client => {
    stats.accepted += 1;
    stats.open += 1;
    stats.maxOpen = Math.max(stats.maxOpen, stats.open);
    client.setNoDelay(true);
    const inner = net.connect(terminator.address().port, '127.0.0.1');
    inner.setNoDelay(true);
    const toServer = delayer(2 * delay);
    const toClient = delayer(0);
    client.on('data', chunk => toServer(() => inner.write(chunk)));
    inner.on('data', chunk => toClient(() => client.destroyed || client.write(chunk)));
    client.on('end', () => toServer(() => inner.end()));
    inner.on('end', () => toClient(() => client.end()));
    client.on('close', () => {
      stats.open -= 1;
      inner.destroy();
    });
    client.on('error', () => inner.destroy());
    inner.on('error', () => client.destroy());
  });
  server.listen(Number(opt.listen), '127.0.0.1', () =>
    log(`far proxy https://127.0.0.1:${opt.listen} -> ${opt.upstream}, +${delay} ms each way`),
  );
});

if (opt.stats) {
  http
    .createServer((req, res) => {
      if (req.url === '/reset')
        Object.assign(stats, { accepted: 0, handshakes: 0, resumed: 0, maxOpen: stats.open });
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Connection', 'close');
      res.end(JSON.stringify(stats));
    })
    .listen(Number(opt.stats), '127.0.0.1');
}
