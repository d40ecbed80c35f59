// Parse Dashboard's side of issue #23's browse measurements, driven in headless Chromium (Debian's
// /usr/bin/chromium through puppeteer-core). bench_dashboard starts it and sends one JSON command a line on
// stdin; each answer is one JSON line on stdout.
//   {"app":"far","cls":"BenchWide","neutral":"_Role","prefix":"w","filter":{"field":"num1","value":7,
//    "mod":1000,"rest":7},"coldMs":6000,"thinkMs":1000,"stats":"http://127.0.0.1:1438"}
// A run is a new incognito context (its own connections and cache) on the class `neutral`, then
//   open:   a click on cls in the sidebar, after coldMs (past the server's 5 s keep-alive timeout);
//   back:   neutral clicked and shown, then cls clicked again;
//   filter: cls's filter URL (?filters=[field eq value]) pushed as Dashboard's Apply pushes it.
// Each is timed from the action to the first frame with the rows on screen, in pixels: Chromium sends
// every new frame of the page through the DevTools screencast (Page.startScreencast, small JPEGs) with the
// time it was swapped to the screen. A MutationObserver in the page notes when the table's objectId cells
// (the cell after each row's checkbox) are all cls's ids (for the filter: all matching it, id number % mod
// == rest), then when the next frame begins (requestAnimationFrame): the first screencast frame swapped
// after that begin is the first with the rows. Resolution: one frame (16.7 ms at most, 60 Hz), timestamps to
// the microsecond. domMs (rows in the DOM) is reported beside it. The proxy's counts (stats: the far
// proxy's stats URL) give each action's new connections and TLS handshakes.
'use strict';

const http = require('http');
const readline = require('readline');
const puppeteer = require('puppeteer-core');
const { args, log } = require('./common');

const opt = args({
  dashboard: 'http://127.0.0.1:4040',
  chromium: '/usr/bin/chromium',
  shots: '', // a directory for a screenshot of an action that failed
  spki: '', // base64 SHA-256 of the far server's public key: trusted as the user trusts it, by fingerprint
});

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function getJson(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, res => {
        let body = '';
        res.on('data', chunk => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

// Installed in the page: runs one action and resolves once the rows wanted are in the DOM and two frames
// have begun since, with the times (epoch ms, as the screencast's) of the action, of the rows in the DOM
// and of the first frame begun after that.
function installProbe() {
  window.__pdTime = (wanted, act) =>
    new Promise(resolve => {
      const idOf = wanted.prefix.length;
      const matches = text => {
        if (!text.startsWith(wanted.prefix) || !/^[0-9a-f]{9}$/.test(text.slice(idOf))) return false;
        return !wanted.filter || parseInt(text.slice(idOf), 16) % wanted.filter.mod === wanted.filter.rest;
      };
      const idCells = () =>
        [...document.querySelectorAll('div > span > input[type=checkbox]')]
          .map(box => box.parentElement.nextElementSibling)
          .filter(cell => cell && /^[a-z][0-9a-f]{9}$/.test(cell.textContent));
      const now = () => performance.timeOrigin + performance.now();
      const out = { actionAt: now(), domAt: 0, frameBegunAt: 0 };
      const giveUp = setTimeout(() => {
        observer.disconnect();
        resolve({ ...out, error: 'rows never shown' });
      }, 60000);
      const check = () => {
        if (out.domAt) return;
        const cells = idCells();
        if (cells.length === 0 || !cells.every(cell => matches(cell.textContent))) return;
        out.domAt = now();
        out.rows = cells.length;
        observer.disconnect();
        clearTimeout(giveUp);
        requestAnimationFrame(() => {
          out.frameBegunAt = now();
          requestAnimationFrame(() => resolve(out));
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      act();
    });
}

let browser;

async function run(cmd) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument(installProbe);
  const base = `/apps/${cmd.app}/browser/`;
  await page.goto(opt.dashboard + base + cmd.neutral, { waitUntil: 'networkidle2' });
  await page.waitForSelector(`a[href="${base}${cmd.cls}"]`);
  const stats = cmd.stats ? () => getJson(cmd.stats) : async () => ({});
  const reset = cmd.stats ? () => getJson(`${cmd.stats}/reset`) : async () => ({});
  const wanted = { prefix: cmd.prefix };
  const frames = []; // swap times, epoch ms
  const cdp = await page.createCDPSession();
  cdp.on('Page.screencastFrame', frame => {
    frames.push(frame.metadata.timestamp * 1000);
    cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 10, maxWidth: 320, maxHeight: 200 });
  // src: the action, as statements run in the page.
  const timed = async (name, w, src) => {
    const before = await reset();
    const r = await page.evaluate((w, src) => window.__pdTime(w, new Function(src)), w, src);
    if (r.error) {
      if (opt.shots) await page.screenshot({ path: `${opt.shots}/dashboard-${cmd.app}-${cmd.cls}-${name}.png` });
      throw new Error(`${cmd.app} ${cmd.cls} ${name}: ${r.error}`);
    }
    let shown;
    for (let waited = 0; !shown && waited < 2000; waited += 20) {
      shown = frames.find(at => at >= r.frameBegunAt);
      if (!shown) await sleep(20);
    }
    const s = await stats();
    return {
      [name]: {
        paintMs: shown ? shown - r.actionAt : null,
        domMs: r.domAt - r.actionAt,
        rows: r.rows,
        connections: s.accepted,
        handshakes: s.handshakes,
        openAtStart: before.open,
      },
    };
  };
  const click = cls => `document.querySelector('a[href="${base}${cls}"]').click()`;
  const out = {};
  await sleep(cmd.coldMs);
  Object.assign(out, await timed('open', wanted, click(cmd.cls)));
  await page.evaluate(click(cmd.neutral));
  await page.waitForFunction(
    prefix =>
      ![...document.querySelectorAll('div > span > input[type=checkbox]')].some(box =>
        box.parentElement.nextElementSibling?.textContent.startsWith(prefix),
      ),
    {},
    cmd.prefix,
  );
  await sleep(cmd.thinkMs);
  // Back as a Dashboard user goes back: the class again in the sidebar (its Back button pushes two
  // history entries per class and gives no cached page either).
  Object.assign(out, await timed('back', wanted, click(cmd.cls)));
  await sleep(cmd.thinkMs);
  const filters = JSON.stringify([{ field: cmd.filter.field, constraint: 'eq', compareTo: cmd.filter.value }]);
  const url = JSON.stringify(`${base}${cmd.cls}?filters=${encodeURIComponent(filters)}`);
  const push = `history.pushState({}, '', ${url}); dispatchEvent(new PopStateEvent('popstate'))`;
  Object.assign(out, await timed('filter', { ...wanted, filter: cmd.filter }, push));
  await context.close();
  return out;
}

(async () => {
  browser = await puppeteer.launch({
    executablePath: opt.chromium,
    headless: true,
    args: ['--no-sandbox', `--ignore-certificate-errors-spki-list=${opt.spki}`, '--window-size=1280,800'],
  });
  log('dashboard.js: Chromium', await browser.version());
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      process.stdout.write(JSON.stringify(await run(JSON.parse(line))) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
    }
  }
  await browser.close();
})();
