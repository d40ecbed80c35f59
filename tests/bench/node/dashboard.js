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
// Other commands ("op"; bench_wide), each on cls opened in a new context, answering one line:
//   scroll: its data browser scrolled horizontally from the first column to the last, a column's width
//           (150 px) each frame: each step set in a requestAnimationFrame callback, the frame time being the
//           time to the next callback (60 Hz: 16.7 ms at best). {"p95","median","max","steps"}
//   memory: the tab's resident memory with the class open (Dashboard shows a page of 100 rows): its
//           renderer process (the largest of this Chromium's renderers), and all Chromium's processes,
//           from /proc. {"tabRss","tabPss","allRss","allPss","rows"} (bytes)
//   export: Data > Export all rows > .csv, confirmed, timed from the click on Export to the last file
//           downloaded, giving up after "timeoutMs". {"completed","ms","files","bytes","requests",
//           "outcome"}; requests: the class queries the page sent meanwhile (100 rows each), lastQueryMs
//           when the last one was answered.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
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

// A new context on cls, its first rows shown.
async function openClass(cmd) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${opt.dashboard}/apps/${cmd.app}/browser/${cmd.cls}`, { waitUntil: 'networkidle2' });
  await page.waitForFunction(
    prefix =>
      [...document.querySelectorAll('div > span > input[type=checkbox]')].some(box =>
        box.parentElement.nextElementSibling?.textContent.startsWith(prefix),
      ),
    { timeout: 120000 },
    cmd.prefix,
  );
  return { context, page };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : null;
}

async function scroll(cmd) {
  const { context, page } = await openClass(cmd);
  const frames = await page.evaluate(
    () =>
      new Promise(resolve => {
        let scroller = null;
        for (const el of document.querySelectorAll('*')) {
          const wide = el.scrollWidth - el.clientWidth;
          if (/auto|scroll/.test(getComputedStyle(el).overflowX) && wide > (scroller ? scroller.scrollWidth - scroller.clientWidth : 0))
            scroller = el;
        }
        const end = scroller.scrollWidth - scroller.clientWidth;
        const times = [];
        let last = null;
        const step = at => {
          if (last !== null) times.push(at - last);
          last = at;
          if (scroller.scrollLeft >= end - 1) return resolve(times);
          scroller.scrollLeft += 150;
          requestAnimationFrame(step);
        };
        scroller.scrollLeft = 0;
        requestAnimationFrame(() => requestAnimationFrame(step));
      }),
  );
  await context.close();
  return { p95: percentile(frames, 0.95), median: percentile(frames, 0.5), max: Math.max(...frames), steps: frames.length };
}

// Resident and proportional memory of a process, bytes (0 once it is gone).
function memoryOf(pid) {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = name => Number((rollup.match(new RegExp(`^${name}:\\s+(\\d+)`, 'm')) || [0, 0])[1]) * 1024;
    return { rss: kb('Rss'), pss: kb('Pss') };
  } catch (e) {
    return { rss: 0, pss: 0 };
  }
}

// This Chromium's processes: the browser and its descendants, with their command lines.
function chromiumProcesses() {
  const parents = new Map();
  for (const pid of fs.readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch (e) {
      // gone meanwhile
    }
  }
  const root = browser.process().pid;
  const mine = pid => {
    for (let p = pid; p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  return [...parents.keys()].filter(mine).map(pid => {
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch (e) {
      cmdline = '';
    }
    return { pid, renderer: cmdline.includes('--type=renderer'), ...memoryOf(pid) };
  });
}

async function memory(cmd) {
  const { context, page } = await openClass(cmd);
  await sleep(2000); // settled: late images, fonts, idle work
  const rows = await page.evaluate(() => document.querySelectorAll('div > span > input[type=checkbox]').length - 1);
  const all = chromiumProcesses();
  const tab = all.filter(p => p.renderer).sort((a, b) => b.rss - a.rss)[0] || { rss: 0, pss: 0 };
  await context.close();
  const sum = key => all.reduce((total, p) => total + p[key], 0);
  return { tabRss: tab.rss, tabPss: tab.pss, allRss: sum('rss'), allPss: sum('pss'), processes: all.length, rows };
}

async function exportAll(cmd) {
  const { context, page } = await openClass(cmd);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-export-'));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allowAndName',
    downloadPath: dir,
    eventsEnabled: true,
    browserContextId: context.id,
  });
  const files = new Map(); // guid: bytes once complete
  let lastDone = 0;
  cdp.on('Browser.downloadProgress', e => {
    if (e.state === 'completed') {
      files.set(e.guid, e.receivedBytes);
      lastDone = Date.now();
    }
  });
  let requests = 0;
  let lastResponse = 0;
  page.on('request', r => {
    if (r.url().includes(`/classes/${cmd.cls}`)) ++requests;
  });
  page.on('requestfinished', r => {
    if (r.url().includes(`/classes/${cmd.cls}`)) lastResponse = Date.now();
  });
  const clickText = text =>
    page.evaluate(text => {
      const el = [...document.querySelectorAll('span, button')].filter(e => e.textContent.trim() === text).pop();
      el.click();
    }, text);
  await clickText('Data');
  await clickText('Export all rows');
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some(b => b.textContent.trim() === 'Export'));
  await page.type('input[placeholder="export all"], div[class*=modal] input', 'export all');
  const started = Date.now();
  await clickText('Export');
  let errors = '';
  page.on('pageerror', e => (errors += String(e).slice(0, 200)));
  // Done once a file arrived and nothing more came for 5 s while the page no longer reads the class.
  let seenRequests = -1;
  while (Date.now() - started < cmd.timeoutMs) {
    await sleep(5000);
    if (files.size > 0 && requests === seenRequests && Date.now() - lastDone >= 5000) break;
    seenRequests = requests;
  }
  const completed = files.size > 0;
  const bytes = [...files.values()].reduce((a, b) => a + b, 0);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const outcome = completed
    ? `completed: ${files.size} file(s), ${(bytes / 1e6).toFixed(0)} MB`
    : `no file after ${((Date.now() - started) / 1000).toFixed(0)} s, ${requests} queries of 100 rows sent, the last answered at ${((lastResponse - started) / 1000).toFixed(0)} s${errors ? `; ${errors}` : ''}`;
  log(`dashboard export: ${outcome}`);
  return {
    completed,
    ms: completed ? lastDone - started : null,
    lastQueryMs: lastResponse ? lastResponse - started : null,
    files: files.size,
    bytes,
    requests,
    outcome,
    errors,
  };
}

const ops = { browse: run, scroll, memory, export: exportAll };

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
      const cmd = JSON.parse(line);
      process.stdout.write(JSON.stringify(await ops[cmd.op || 'browse'](cmd)) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + '\n');
    }
  }
  await browser.close();
})();
