// The browser tests' harness: finds the web build, serves it from a tiny static server on 127.0.0.1 (or
// opens the single offline file from file://), starts Debian's headless Chromium through playwright-core,
// and offers what the scenarios need: the app's query hook and named spots, fingers through the DevTools
// protocol (several at once, as SDL's emscripten backend receives them), and the page's first frame.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// playwright-core is installed by scripts/test into build-web/npm (from package-lock.json here), never in
// the source tree.
const npmDir = process.env.TENFOLD_NODE_MODULES_DIR || path.join(process.env.TENFOLD_WEB_DIR || 'build-web', 'npm');
const { chromium } = createRequire(path.join(path.resolve(npmDir), 'package.json'))('playwright-core');

export const SKIP = 77;  // ctest's SKIP_RETURN_CODE for these tests

export const webDir = process.env.TENFOLD_WEB_DIR || '';
export const sourceDir = process.env.TENFOLD_SOURCE_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const chromiumPath = process.env.TENFOLD_CHROMIUM || '/usr/bin/chromium';

// Exits with SKIP and a clear message when the web build or the browser is not there.
export function requireWebBuild(target) {
  const file = target === 'offline' ? 'tenfold-offline.html' : 'tenfold.html';
  if (!webDir || !fs.existsSync(path.join(webDir, file))) {
    console.log(`SKIPPED: the web build was not made (no ${path.join(webDir || 'build-web', file)}); ` +
                'scripts/web makes it, and scripts/test always does');
    process.exit(SKIP);
  }
  if (!fs.existsSync(chromiumPath)) {
    console.log(`SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium; scripts/test does)`);
    process.exit(SKIP);
  }
}

const kTypes = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
                 '.data': 'application/octet-stream', '.json': 'application/json', '.png': 'image/png' };

// A static server of the web build on a free port of 127.0.0.1; stops with the test.
export function serve(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const name = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname).replace(/^\/+/, '');
      const file = path.join(dir, path.normalize(name || 'tenfold.html'));
      if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': kTypes[path.extname(file)] || 'application/octet-stream',
                           'Cache-Control': 'no-store' });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export const kChromiumFlags = ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows'];

// Opens the app in a fresh browser profile: { browser, context, page, url, close() }.
export async function open(target, { width = 1366, height = 768, scale = 1 } = {}) {
  requireWebBuild(target);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tenfold-chromium-'));
  let server = null;
  let url;
  if (target === 'offline') {
    url = 'file://' + path.join(webDir, 'tenfold-offline.html');
  } else {
    server = await serve(webDir);
    url = `http://127.0.0.1:${server.address().port}/tenfold.html`;
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, args: kChromiumFlags,
    viewport: { width, height }, deviceScaleFactor: scale, hasTouch: true, acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  page.on('pageerror', (e) => logs.push('page error: ' + e.message));
  const close = async () => {
    await context.close();
    if (server) server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, url, logs, close, profile, cdp: await context.newCDPSession(page) };
}

// Loads (or reloads) the page and waits for the app's first frame; returns the milliseconds from the start
// of the navigation to that frame.
export async function load(app, { reload = false } = {}) {
  if (reload) await app.page.reload();
  else await app.page.goto(app.url);
  await app.page.waitForFunction(() => document.body.dataset.tenfold !== 'loading', null, { timeout: 60000 });
  const state = await app.page.evaluate(() => document.body.dataset.tenfold);
  if (state !== 'running') {
    const why = await app.page.evaluate(() => document.getElementById('tenfold-status').textContent);
    throw new Error(`the app did not start: ${why}\n${app.logs.join('\n')}`);
  }
  return app.page.evaluate(() => window.tenfoldFirstFrameMs);
}

export async function query(app, line) {
  const answer = await app.page.evaluate((l) => Module.tenfoldQuery(l), line);
  if (answer.startsWith('error:')) throw new Error(`query '${line}': ${answer}`);
  return answer;
}

// The id of the board's first blocks model (the chart the tray fills), whatever the numbering.
export async function chartOf(app) {
  for (let id = 1; id <= 16; ++id) {
    const kind = await app.page.evaluate((l) => Module.tenfoldQuery(l), `kind ${id}`);
    if (kind === 'blocks') return id;
  }
  throw new Error('the board has no blocks model');
}

// A named spot (tray:ones, column:1:ones, button:undo, ...) in CSS pixels.
export async function spot(app, name) {
  const answer = await app.page.evaluate((n) => Module.tenfoldSpot(n), name);
  if (answer.startsWith('error:')) throw new Error(`spot '${name}': ${answer}`);
  const [x, y] = answer.split(' ').map(Number);
  return { x, y };
}

export const frames = (app, n = 3) => app.page.evaluate((count) => new Promise((resolve) => {
  const step = (left) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(count);
}), n);

// Fingers: each path is [from, to]; all go down together, move together in `steps`, and lift together.
export async function fingers(app, paths, { steps = 12 } = {}) {
  const at = (t) => paths.map(([a, b], i) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, id: i + 1,
                                                radiusX: 4, radiusY: 4, force: 1 }));
  await app.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  await frames(app, 2);
  for (let s = 1; s <= steps; ++s) {
    await app.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await frames(app, 1);
  }
  await app.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(app, 4);
}

export async function tap(app, where) {
  await app.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...where, id: 1 }] });
  await frames(app, 2);
  await app.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(app, 4);
}

export async function waitFor(app, line, expected, timeout = 10000) {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = await query(app, line);
    if (last === expected) return;
    await frames(app, 2);
  }
  throw new Error(`'${line}' is '${last}', not '${expected}', after ${timeout} ms`);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

// A mouse or a pen (the DevTools protocol's pointer types) presses at `from`, moves to `to` and lets go.
export async function press(app, from, to, pointerType = 'mouse', { steps = 10 } = {}) {
  const send = (type, p, buttons) => app.cdp.send('Input.dispatchMouseEvent',
    { type, x: p.x, y: p.y, button: 'left', buttons, clickCount: 1, pointerType });
  await send('mouseMoved', from, 0);
  await send('mousePressed', from, 1);
  await frames(app, 2);
  for (let s = 1; s <= steps; ++s) {
    await send('mouseMoved', { x: from.x + (to.x - from.x) * s / steps, y: from.y + (to.y - from.y) * s / steps }, 1);
    await frames(app, 1);
  }
  await send('mouseReleased', to, 0);
  await frames(app, 4);
}

// Runs one scenario on one target and turns the outcome into an exit status.
export async function run(target, scenario, options = {}) {
  const app = await open(target, options);
  try {
    await scenario(app);
    console.log(`passed (${target})`);
  } catch (e) {
    console.error(`FAILED (${target}): ${e.stack || e}`);
    if (app.logs.length) console.error('page log:\n' + app.logs.slice(-30).join('\n'));
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}
