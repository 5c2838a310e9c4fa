// Measures the web build (not a test; prints one JSON object):
//   payload      wasm + js + data (+ html) of the served build and the single offline file, raw and gzip
//   first_frame  ms from the start of a fresh tab's navigation to the app's first frame, median of RUNS
//   bench        frame time of tests/bench/lesson-linked.json in headless Chromium against its empty board
//                (Module.tenfoldBench, like --bench: up to a pixel read back; submit_ms: up to the last GL
//                call), beside the native `build/tenfold --bench` run here
//   memory       the tab's renderer process (RSS), the wasm heap and the JS heap after the bench
// Usage: TENFOLD_WEB_DIR=build-web node tests/web/measure.mjs [RUNS]     (needs build/tenfold for native)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { load, open, sourceDir, webDir } from './harness.mjs';

const runs = Number(process.argv[2] || 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const round = (v) => Math.round(v * 100) / 100;

function sizes(files) {
  let raw = 0, gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(webDir, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw_mb: round(raw / 1048576), gzip_mb: round(gzip / 1048576) };
}

// Resident memory of the renderer processes of the browser whose profile is `profile`.
function rendererRssMb(marker) {
  let kb = 0, count = 0;
  const each = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(marker)) continue;
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) { kb += Number(m[1]); ++count; each.push(round(Number(m[1]) / 1024)); }
    } catch { /* gone */ }
  }
  return { mb: round(kb / 1024), processes: count, each_mb: each };
}

const out = { payload: {
  served: { ...sizes(['tenfold.wasm', 'tenfold.js', 'tenfold.data']), html_kb: round(fs.statSync(path.join(webDir, 'tenfold.html')).size / 1024) },
  offline: sizes(['tenfold-offline.html']),
} };

for (const target of ['served', 'offline']) {
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const app = await open(target);
    times.push(await load(app));
    await app.close();
  }
  out[`first_frame_ms_${target}`] = { median: round(median(times)), runs: times.map(round) };
}

// The busy lesson board in the browser, through the page's own file picker, then the benchmark.
{
  const app = await open('served', { width: 1920, height: 1080 });
  await load(app);
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.click('#tenfold-open');
  await (await chooser).setFiles(path.join(sourceDir, 'tests/bench/lesson-linked.json'));
  await app.page.waitForFunction(() => Number(Module.tenfoldQuery('models')) > 2);
  const web = [];
  for (let i = 0; i < runs; ++i) web.push(JSON.parse(await app.page.evaluate(() => Module.tenfoldBench(120, 1920, 1080))));
  out.bench_web = { frame_ms_p50: median(web.map((r) => r.frame_ms_p50)), empty_frame_ms_p50: median(web.map((r) => r.empty_frame_ms_p50)),
                    submit_ms_p50: median(web.map((r) => r.submit_ms_p50)), empty_submit_ms_p50: median(web.map((r) => r.empty_submit_ms_p50)),
                    size: '1920x1080', runs, gl_renderer: web[0].gl_renderer };
  const metrics = await app.cdp.send('Performance.enable').then(() => app.cdp.send('Performance.getMetrics'));
  const js = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize');
  out.memory = { renderer_rss_mb: rendererRssMb(path.basename(app.profile)),
                 wasm_heap_mb: round(await app.page.evaluate(() => Module.HEAP8.length) / 1048576),
                 js_heap_mb: js ? round(js.value / 1048576) : null };
  await app.close();
}

const native = path.join(sourceDir, 'build/tenfold');
if (fs.existsSync(native)) {
  const rows = [];
  for (let i = 0; i < runs; ++i) {
    rows.push(JSON.parse(execFileSync(native, ['--bench', '--frames', '120', '--size', '1920x1080',
      path.join(sourceDir, 'tests/bench/lesson-linked.json')], { env: { ...process.env, SDL_VIDEODRIVER: 'offscreen' } }).toString()));
  }
  out.bench_native = { frame_ms_p50: median(rows.map((r) => r.frame_ms_p50)), empty_frame_ms_p50: median(rows.map((r) => r.empty_frame_ms_p50)),
                       peak_rss_mb: median(rows.map((r) => r.peak_rss_mb)), size: '1920x1080', runs, gl_renderer: rows[0].gl_renderer };
}
console.log(JSON.stringify(out, null, 2));
