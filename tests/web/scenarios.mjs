// Browser tests of Tenfold's WebAssembly build, one scenario per run:
//   node scenarios.mjs served|offline SCENARIO
// served: build-web/tenfold.html from a static server on 127.0.0.1; offline: build-web/tenfold-offline.html
// from file://. Each scenario drives the real page (fingers through the DevTools protocol, the page's
// buttons, the file picker) and reads the app through its query hook (the replay's expect subjects).
// Exit status 0 passed, 1 failed, 77 skipped (no web build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartOf, check, fingers, frames, load, press, query, run, sourceDir, spot, tap, waitFor } from './harness.mjs';

const kGoldenChannelTolerance = 12;   // as tests/app/imgcmp.cpp: SwiftShader and llvmpipe round edges a little differently
const kGoldenMaxDifferent = 0.002;    // at most 0.2% of the pixels differ by more than that

const scenarios = {
  // The first frame appears: the canvas fills the window, shows the board (not one flat colour), and the
  // live region holds the board's description.
  async 'first-frame'(app) {
    const ms = await load(app);
    check(ms > 0, 'no time of the first frame');
    check(await query(app, 'drawable') === '1366x768', `the canvas is ${await query(app, 'drawable')}, not the window`);
    const shot = await app.page.locator('#canvas').screenshot();
    const colours = await app.page.evaluate(async (png) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + png;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    }, shot.toString('base64'));
    check(colours > 20, `the canvas shows only ${colours} colours: nothing was drawn`);
    const described = await app.page.evaluate(() => document.getElementById('tenfold-description').textContent);
    check(described.length > 0 && described === await query(app, 'description'),
          'the live region does not hold the board\'s description');
    check(await app.page.evaluate(() => document.getElementById('tenfold-description').getAttribute('aria-live')) === 'polite',
          'the description is not a live region');
    // The page's own words come from the text table (a missing key shows as "[key]").
    const labels = await app.page.evaluate(() => [...document.querySelectorAll('#tenfold-files button')].map((b) => b.textContent));
    check(labels.length === 3 && labels.every((l) => l.length > 0 && !l.startsWith('[')), `the page's buttons read ${labels.join(', ')}`);
  },

  // A finger drags a one from the tray into the chart: the value goes up by one, and the live region says so.
  async drag(app) {
    await load(app);
    const c = await chartOf(app);
    const before = Number(await query(app, `value ${c}`));
    await fingers(app, [[await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await waitFor(app, `value ${c}`, String(before + 1));
    await waitFor(app, 'pointers', '0');
    const described = await app.page.evaluate(() => document.getElementById('tenfold-description').textContent);
    check(described.includes(`Value: ${before + 1}`), `the live region did not follow the board: ${described}`);
  },

  // Two fingers drag at once (a ten and a one), then three (a hundred, a ten and a one).
  async fingers(app) {
    await load(app);
    const c = await chartOf(app);
    const start = Number(await query(app, `value ${c}`));
    await fingers(app, [[await spot(app, 'tray:tens'), await spot(app, `column:${c}:tens`)],
                        [await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await waitFor(app, `value ${c}`, String(start + 11));
    await fingers(app, [[await spot(app, 'tray:hundreds'), await spot(app, `column:${c}:hundreds`)],
                        [await spot(app, 'tray:tens'), await spot(app, `column:${c}:tens`)],
                        [await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await waitFor(app, `value ${c}`, String(start + 122));
  },

  // Undo with a tap on the toolbar's button takes the drag back.
  async undo(app) {
    await load(app);
    const c = await chartOf(app);
    const before = await query(app, `value ${c}`);
    await fingers(app, [[await spot(app, 'tray:tens'), await spot(app, `column:${c}:tens`)]]);
    await waitFor(app, `value ${c}`, String(Number(before) + 10));
    await tap(app, await spot(app, 'button:undo'));
    await waitFor(app, `value ${c}`, before);
    await waitFor(app, 'can-redo', '1');
  },

  // The mouse and a pen drag as a finger does; a tap on a tray tile then a tap in the chart places a piece;
  // and the keyboard's Ctrl+Q does not stop the page.
  async 'mouse-pen-tap'(app) {
    await load(app);
    const c = await chartOf(app);
    // Ctrl+Q quits the native app; a page has nothing to quit to and must go on working.
    await app.page.keyboard.press('Control+KeyQ');
    await frames(app, 3);
    const start = Number(await query(app, `value ${c}`));
    await press(app, await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`), 'mouse');
    await waitFor(app, `value ${c}`, String(start + 1));
    await press(app, await spot(app, 'tray:tens'), await spot(app, `column:${c}:tens`), 'pen');
    await waitFor(app, `value ${c}`, String(start + 11));
    await tap(app, await spot(app, 'tray:hundreds'));
    await tap(app, await spot(app, `column:${c}:hundreds`));
    await waitFor(app, `value ${c}`, String(start + 111));
  },

  // The canvas follows the window and the device pixel ratio (here 2: every CSS pixel is 2x2 drawn
  // pixels), input lands where it is drawn at that ratio, and the toolbar's Full screen takes the page.
  async canvas(app) {
    await load(app);
    const c = await chartOf(app);
    check(await query(app, 'drawable') === '2048x1280', `at a ratio of 2 the canvas draws ${await query(app, 'drawable')}`);
    await app.page.setViewportSize({ width: 900, height: 600 });
    await waitFor(app, 'drawable', '1800x1200');
    const start = Number(await query(app, `value ${c}`));
    await fingers(app, [[await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await waitFor(app, `value ${c}`, String(start + 1));
    await tap(app, await spot(app, 'button:fullscreen'));
    await app.page.waitForFunction(() => document.fullscreenElement === document.documentElement, null, { timeout: 5000 });
  },

  // The board and the settings are kept in the browser's storage: after a reload of the tab they are
  // still there.
  async reload(app) {
    await load(app);
    const c = await chartOf(app);
    const before = Number(await query(app, `value ${c}`));
    const scale = Number(await query(app, 'ui-scale'));
    await fingers(app, [[await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await waitFor(app, `value ${c}`, String(before + 1));
    await tap(app, await spot(app, 'button:settings'));
    await frames(app, 4);
    await tap(app, await spot(app, 'button:bigger'));
    await waitFor(app, 'ui-scale', String(scale * 1.25));
    await waitFor(app, 'persisted', '1');
    await load(app, { reload: true });
    check(await query(app, `value ${c}`) === String(before + 1), `after the reload the board shows ${await query(app, `value ${c}`)}`);
    check(await query(app, 'ui-scale') === String(scale * 1.25), `after the reload the size is ${await query(app, 'ui-scale')}`);
  },

  // A board file from the disk through the page's file picker; a broken one is refused and the board stays.
  async 'open-file'(app) {
    await load(app);
    const pick = async (file) => {
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.click('#tenfold-open');
      await (await chooser).setFiles(file);
    };
    await pick(path.join(sourceDir, 'tests/data/boards/broken/truncated.json'));
    await app.page.waitForFunction(() => Module.tenfoldQuery('message').length > 0);
    check((await query(app, 'message')).includes('could not be opened'), 'a broken file was not refused');
    check(await query(app, 'models') === '2', 'a broken file changed the board');
    await pick(path.join(sourceDir, 'assets/boards/forty-seven.json'));
    await waitFor(app, 'models', '3');
    const opened = await chartOf(app);
    check(await query(app, `value ${opened}`) === '47', `the opened board shows ${await query(app, `value ${opened}`)}, not 47`);
    check((await query(app, 'message')).includes('forty-seven'), 'the opened board is not named');
  },

  // The board saved to a file and as a picture: both are downloads, and the file opens as the same board.
  async downloads(app) {
    await load(app);
    const c = await chartOf(app);
    await fingers(app, [[await spot(app, 'tray:tens'), await spot(app, `column:${c}:tens`)]]);
    const value = await query(app, `value ${c}`);
    const take = async (button) => {
      const download = app.page.waitForEvent('download');
      await app.page.click(button);
      const d = await download;
      return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
    };
    const board = await take('#tenfold-save');
    check(board.name.endsWith('.json'), `the board file is named ${board.name}`);
    const saved = JSON.parse(board.bytes.toString('utf8'));
    check(Array.isArray(saved.models) && saved.models.length === 2, 'the saved file does not hold the board');
    const picture = await take('#tenfold-picture');
    check(picture.name.endsWith('.png') && picture.bytes.subarray(1, 4).toString() === 'PNG', 'the picture is not a PNG');
    check(picture.bytes.length > 5000, 'the picture is empty');
    // The saved file opens again as the same board.
    const chooser = app.page.waitForEvent('filechooser');
    await fingers(app, [[await spot(app, 'tray:ones'), await spot(app, `column:${c}:ones`)]]);
    await app.page.click('#tenfold-open');
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tenfold-download-')), board.name);
    fs.writeFileSync(tmp, board.bytes);
    await (await chooser).setFiles(tmp);
    await waitFor(app, `value ${c}`, value);
  },

  // The default board looks as the native app draws it (tests/golden/default_1366x768.png).
  async golden(app) {
    await load(app);
    await app.page.evaluate(() => { document.getElementById('tenfold-files').style.visibility = 'hidden'; });
    await frames(app, 4);
    const shot = await app.page.locator('#canvas').screenshot();
    const golden = fs.readFileSync(path.join(sourceDir, 'tests/golden/default_1366x768.png'));
    const result = await app.page.evaluate(async ([a, b, tolerance]) => {
      const pixels = async (png) => {
        const img = new Image();
        img.src = 'data:image/png;base64,' + png;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        return { w: img.width, h: img.height, d: g.getImageData(0, 0, img.width, img.height).data };
      };
      const x = await pixels(a), y = await pixels(b);
      if (x.w !== y.w || x.h !== y.h) return { size: `${x.w}x${x.h} against ${y.w}x${y.h}` };
      let different = 0;
      for (let i = 0; i < x.d.length; i += 4) {
        if (Math.abs(x.d[i] - y.d[i]) > tolerance || Math.abs(x.d[i + 1] - y.d[i + 1]) > tolerance ||
            Math.abs(x.d[i + 2] - y.d[i + 2]) > tolerance) ++different;
      }
      return { fraction: different / (x.w * x.h) };
    }, [shot.toString('base64'), golden.toString('base64'), kGoldenChannelTolerance]);
    if (result.size) throw new Error(`the canvas is ${result.size}`);
    if (result.fraction > kGoldenMaxDifferent) {
      const out = path.join(process.env.TENFOLD_TEST_OUTPUT || '/tmp', `web-default_1366x768.png`);
      fs.writeFileSync(out, shot);
      throw new Error(`${(result.fraction * 100).toFixed(2)}% of the pixels differ from the golden (picture: ${out})`);
    }
    console.log(`${(result.fraction * 100).toFixed(3)}% of the pixels differ from the native golden`);
  },
};

const [target, name] = process.argv.slice(2);
if (!['served', 'offline'].includes(target) || !scenarios[name]) {
  console.error(`usage: node scenarios.mjs served|offline ${Object.keys(scenarios).join('|')}`);
  process.exit(2);
}
await run(target, scenarios[name], name === 'canvas' ? { width: 1024, height: 640, scale: 2 } : {});
