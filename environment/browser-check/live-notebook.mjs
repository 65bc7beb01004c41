// Runs notebooks in a live Jupyter Notebook server as a user does, in headless Chromium (Debian's /usr/bin/chromium):
// opens each notebook through the server's UI, waits for the kernel, clicks Cell -> Run All, waits until every code
// cell has run and the kernel is idle, and fails if
//  - a code cell did not run, or ended with an error (the cell and the error are named),
//  - an output the kernel sent is not on the page: every PNG chart loaded, every HTML table shown, every interactive
//    Plotly chart rendered with its title and axis titles; and the notebook has at least one of each kind,
//  - the page requested anything other than the server on localhost (HTTP or WebSocket), or had a JavaScript error.
// It then shuts the notebook's kernel down (as File -> Close and Halt does) and saves a screenshot of the first
// interactive chart next to the server's files (OUT/NAME.png).
// Usage: node live-notebook.mjs http://127.0.0.1:PORT OUT notebooks/01-mall-kmeans.ipynb ...   (paths on the server)
import { launchChromium } from './headless-chromium.mjs';
import path from 'node:path';

const KERNEL_READY_MS = 120_000;
const RUN_ALL_MS = 600_000;
const [server, out, ...notebooks] = process.argv.slice(2);
if (!server || !out || notebooks.length === 0) {
  console.error('usage: node live-notebook.mjs http://127.0.0.1:PORT OUT NOTEBOOK.ipynb ...');
  process.exit(2);
}
const origin = new URL(server).origin;
const localhost = new Set(['127.0.0.1', 'localhost', '[::1]']);
if (!localhost.has(new URL(server).hostname)) {
  console.error(`the server must be on localhost, not ${server}`);
  process.exit(2);
}
const wsOrigin = origin.replace(/^http/, 'ws');
// Debian's notebook page asks for the ipywidgets extension, which Debian does not ship; the server answers 404 and the
// browser logs two errors. Not ours, and harmless for notebooks without widgets.
const NOTEBOOK_OWN_ERROR = /\/nbextensions\/widgets\//;
// A time-out becomes the message given; any other error stays as it is.
const timedOut = message => error => { throw error.name === 'TimeoutError' ? new Error(message) : error; };
// Stopped from outside (environment/live-notebook.sh's trap): exit at once; Playwright closes Chromium on exit.
process.on('SIGTERM', () => process.exit(143));

const browser = await launchChromium();
let failures = 0;
try {
  for (const notebook of notebooks) {
    const started = Date.now();
    const problems = [];
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.route('**/*', route => {
      const requested = route.request().url();
      if (requested.startsWith(origin + '/') || requested.startsWith('data:') || requested.startsWith('blob:')) {
        return route.continue();
      }
      problems.push(`requests ${requested} (only the notebook server on localhost may be used)`);
      return route.abort();
    });
    page.on('websocket', socket => {
      if (!socket.url().startsWith(wsOrigin + '/')) {
        problems.push(`opens a WebSocket to ${socket.url()} (only the notebook server on localhost may be used)`);
      }
    });
    page.on('pageerror', error => problems.push(`JavaScript error: ${error.message}`));
    page.on('console', message => {
      if (message.type() === 'error' && !NOTEBOOK_OWN_ERROR.test(message.text())
          && !NOTEBOOK_OWN_ERROR.test(message.location().url || '')) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    let kernelStarted = false;
    try {
      await page.goto(`${origin}/notebooks/${notebook}`, { waitUntil: 'load' });
      await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: KERNEL_READY_MS })
        .catch(timedOut(`the kernel was not ready within ${KERNEL_READY_MS / 1000} s`));
      kernelStarted = true;
      const ready = Date.now();
      // Cell -> Run All, through the menu as a user does.
      await page.click('#celllink');
      await page.click('#run_all_cells > a');
      // Run All marks every code cell In [*] at once; it is done when none is left and the kernel is idle.
      const end = await page.waitForFunction(() => {
        if (document.querySelector('#kernel_indicator_icon.kernel_dead_icon') !== null) {
          return 'dead';
        }
        const prompts = Array.from(document.querySelectorAll('.code_cell .input_prompt'), p => p.textContent);
        return document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null
          && !prompts.some(p => p.includes('[*]')) && 'done';
      }, null, { timeout: RUN_ALL_MS, polling: 500 })
        .catch(timedOut(`Run All did not finish within ${RUN_ALL_MS / 1000} s`));
      if (await end.jsonValue() === 'dead') {
        throw new Error('the kernel died during Run All');
      }
      const ran = Date.now();
      // Give the PNGs a moment to decode after the last output arrived (those still not loaded are reported below).
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.output_area img'))
        .every(img => img.complete), null, { timeout: 30_000 }).catch(() => {});
      const cells = await page.evaluate(() => Jupyter.notebook.get_cells()
        .filter(cell => cell.cell_type === 'code')
        .map(cell => {
          const outputs = cell.output_area.outputs;
          const html = outputs.map(o => (o.data && o.data['text/html']) || '')
            .map(h => Array.isArray(h) ? h.join('') : h);
          const shown = selector => Array.from(cell.element[0].querySelectorAll('.output_area ' + selector));
          return {
            prompt: cell.element[0].querySelector('.input_prompt').textContent.trim(),
            firstLine: (cell.get_text().split('\n').find(line => line.trim()) || '').trim(),
            errors: outputs.filter(o => o.output_type === 'error').map(o => `${o.ename}: ${o.evalue}`),
            pngSent: outputs.filter(o => o.data && o.data['image/png']).length,
            pngShown: shown('.output_png img').filter(img => img.complete && img.naturalWidth > 0).length,
            tablesSent: html.reduce((n, h) => n + (h.match(/<table[\s>]/g) || []).length, 0),
            tablesShown: shown('.output_html table').filter(table => table.rows.length > 0).length,
            chartsSent: html.filter(h => h.includes('Plotly.newPlot')).length,
            charts: shown('div[id^="segmenta_"]').map(div => ({
              id: div.id,
              rendered: div.classList.contains('js-plotly-plot') && div.querySelector('svg.main-svg') !== null,
              title: (div.querySelector('.gtitle') || {}).textContent || '',
              xTitle: (div.querySelector('.xtitle') || {}).textContent || '',
              yTitle: (div.querySelector('.ytitle') || {}).textContent || '',
            })),
          };
        }));
      const totals = { png: 0, tables: 0, charts: 0 };
      cells.forEach((cell, index) => {
        const name = `code cell ${index + 1} (${cell.firstLine.slice(0, 60)})`;
        if (!/\[\d+\]/.test(cell.prompt)) {
          problems.push(`${name} did not run (prompt '${cell.prompt}')`);
        }
        cell.errors.forEach(error => problems.push(`${name} ended with ${error}`));
        if (cell.pngShown < cell.pngSent) {
          problems.push(`${name}: ${cell.pngSent - cell.pngShown} of ${cell.pngSent} PNG chart(s) not shown`);
        }
        if (cell.tablesShown < cell.tablesSent) {
          problems.push(`${name}: ${cell.tablesSent - cell.tablesShown} of ${cell.tablesSent} table(s) not shown`);
        }
        if (cell.charts.length < cell.chartsSent) {
          problems.push(`${name}: ${cell.chartsSent - cell.charts.length} interactive chart(s) missing from the page`);
        }
        for (const chart of cell.charts) {
          if (!chart.rendered) {
            problems.push(`${name}: interactive chart ${chart.id} did not render`);
          } else if (!chart.title || !chart.xTitle || !chart.yTitle) {
            problems.push(`${name}: interactive chart ${chart.id} lacks a title or axis title ` +
                          `(title '${chart.title}', x '${chart.xTitle}', y '${chart.yTitle}')`);
          }
        }
        totals.png += cell.pngShown;
        totals.tables += cell.tablesShown;
        totals.charts += cell.charts.filter(chart => chart.rendered).length;
      });
      for (const [kind, count] of Object.entries({ 'PNG chart': totals.png, table: totals.tables,
                                                   'interactive chart': totals.charts })) {
        if (count === 0) {
          problems.push(`no ${kind} on the page (each tested notebook has at least one)`);
        }
      }
      const firstChart = page.locator('div[id^="segmenta_"].js-plotly-plot').first();
      const screenshot = path.join(out, path.basename(notebook).replace(/\.ipynb$/, '.png'));
      if (await firstChart.count() > 0) {
        await firstChart.scrollIntoViewIfNeeded();
        await page.screenshot({ path: screenshot });
      }
      const seconds = milliseconds => (milliseconds / 1000).toFixed(1);
      const shown = `on the page: ${totals.png} PNG chart(s), ${totals.tables} table(s), ${totals.charts} ` +
                    `interactive chart(s)`;
      if (problems.length === 0) {
        console.error(`[segmenta]   ${notebook}: ${cells.length} code cells ran without error in ` +
                      `${seconds(ran - ready)} s (kernel ready in ${seconds(ready - started)} s); ${shown}; ` +
                      `nothing requested outside ${origin}`);
      } else {
        problems.push(`(Run All of ${cells.length} code cells took ${seconds(ran - ready)} s; ${shown})`);
      }
    } catch (error) {
      problems.push(error.message);
    } finally {
      if (kernelStarted) {
        // File -> Close and Halt: the server shuts the kernel down.
        await page.evaluate(() => new Promise(resolve => Jupyter.notebook.session.delete(resolve, resolve)))
          .catch(() => {});
      }
      await context.close();
    }
    if (problems.length > 0) {
      failures++;
      console.error(`[segmenta] live notebook test FAILED for ${notebook}:\n  ` + problems.join('\n  '));
    }
  }
} finally {
  await browser.close();
}
process.exit(failures > 0 ? 1 : 0);
