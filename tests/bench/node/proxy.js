// A TCP proxy that holds every chunk the client sends for --delay ms before passing it on (a remote
// server's round trip, added to each request), and counts the TCP connections clients open. It does not
// parse HTTP, so keep-alive and pipelining pass through untouched.
//   node proxy.js --listen 1425 --upstream 127.0.0.1:1420 --delay 20 --stats 1426
// GET http://127.0.0.1:<stats>/ answers {"accepted":N,"open":N,"maxOpen":N}; GET /reset zeroes them.
'use strict';

const net = require('net');
const http = require('http');
const { args, log } = require('./common');

const opt = args({ listen: '1425', upstream: '127.0.0.1:1337', delay: '20', stats: '' });
const [upHost, upPort] = opt.upstream.split(':');
const delay = Number(opt.delay);
const stats = { accepted: 0, open: 0, maxOpen: 0 };

const server = net.createServer(client => {
  stats.accepted += 1;
  stats.open += 1;
  stats.maxOpen = Math.max(stats.maxOpen, stats.open);
  client.setNoDelay(true);
  const upstream = net.connect(Number(upPort), upHost);
  upstream.setNoDelay(true);
  // Timers of equal duration fire in the order they were set, so the byte order is kept.
  client.on('data', chunk => (delay > 0 ? setTimeout(() => upstream.write(chunk), delay) : upstream.write(chunk)));
  upstream.on('data', chunk => client.write(chunk));
  const close = () => {
    if (client.destroyed && upstream.destroyed) return;
    setTimeout(() => upstream.end(), delay);
    client.end();
  };
  let counted = true;
  client.on('close', () => {
    if (counted) stats.open -= 1;
    counted = false;
    upstream.destroy();
  });
  client.on('end', close);
  upstream.on('end', () => client.end());
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
});
server.listen(Number(opt.listen), '127.0.0.1', () => log(`proxy :${opt.listen} -> ${opt.upstream}, +${delay} ms per request`));

if (opt.stats) {
  http
    .createServer((req, res) => {
      if (req.url === '/reset') Object.assign(stats, { accepted: 0, open: stats.open, maxOpen: stats.open });
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Connection', 'close');
      res.end(JSON.stringify(stats));
    })
    .listen(Number(opt.stats), '127.0.0.1');
}
