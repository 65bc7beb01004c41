// Opens each HTML report in headless Chromium (Debian's /usr/bin/chromium) and fails if the page
//  - requests anything that is not inside the file itself (every request other than the page's own file:// URL and
//    data: URLs is blocked and reported),
//  - logs a JavaScript error (uncaught exception or console.error),
//  - has an interactive Plotly chart that did not render, or a rendered chart whose title or axis titles are missing,
//  - is a business report (NAME-business.html) whose prose or printed output shows code-like text: class, method, file
//    or command names, course mechanics or object dumps (the patterns are in code-like-text.mjs).
// A full-page screenshot of each report is saved next to it (NAME.png).
// Usage: node check-reports.mjs reports/01-mall-kmeans.html ...
import { launchChromium } from './headless-chromium.mjs';
import path from 'node:path';
import { codeLikeText } from './code-like-text.mjs';

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node check-reports.mjs REPORT.html ...');
  process.exit(2);
}

const browser = await launchChromium();
let failures = 0;
try {
  for (const file of pages) {
    const url = 'file://' + path.resolve(file);
    const problems = [];
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.route('**/*', route => {
      const requested = route.request().url();
      if (requested === url || requested.startsWith('data:')) {
        return route.continue();
      }
      problems.push(`requests ${requested} (reports must be self-contained)`);
      return route.abort();
    });
    page.on('pageerror', error => problems.push(`JavaScript error: ${error.message}`));
    page.on('console', message => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()}`);
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    const charts = await page.evaluate(() => {
      const divs = Array.from(document.querySelectorAll('div[id^="segmenta_"]'));
      return divs.map(div => ({
        id: div.id,
        rendered: div.classList.contains('js-plotly-plot') && div.querySelector('svg.main-svg') !== null,
        title: (div.querySelector('.gtitle') || {}).textContent || '',
        xTitle: (div.querySelector('.xtitle') || {}).textContent || '',
        yTitle: (div.querySelector('.ytitle') || {}).textContent || '',
      }));
    });
    for (const chart of charts) {
      if (!chart.rendered) {
        problems.push(`interactive chart ${chart.id} did not render`);
      } else if (!chart.title || !chart.xTitle || !chart.yTitle) {
        problems.push(`interactive chart ${chart.id} lacks a title or axis title ` +
                      `(title '${chart.title}', x '${chart.xTitle}', y '${chart.yTitle}')`);
      }
    }
    const images = await page.evaluate(() =>
      Array.from(document.images).filter(img => !img.complete || img.naturalWidth === 0).length);
    if (images > 0) {
      problems.push(`${images} image(s) did not load`);
    }
    const screenshot = file.replace(/\.html$/, '.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    if (file.endsWith('-business.html')) {
      // The text a marketing reader sees, without the tables of results (their headers are the columns of the
      // reader's own data) and charts; tables written in markdown are prose and stay.
      const shown = await page.evaluate(() => {
        const left = '.jp-OutputArea table, svg, script, style, .js-plotly-plot, div[id^="segmenta_"]';
        const codes = Array.from(document.querySelectorAll('code'))
          .filter(code => !code.closest(left))
          .map(code => code.textContent);
        document.querySelectorAll(left).forEach(element => element.remove());
        return { text: document.body.innerText, codes };
      });
      const findings = codeLikeText(shown.text, shown.codes);
      for (const finding of findings.slice(0, 25)) {
        problems.push(`code-like text in a business report, ${finding}`);
      }
      if (findings.length > 25) {
        problems.push(`... and ${findings.length - 25} more code-like text(s)`);
      }
    }
    await context.close();
    if (problems.length > 0) {
      failures++;
      console.error(`[segmenta] browser check FAILED for ${file}:\n  ` + problems.join('\n  '));
    } else {
      console.error(`[segmenta]   ${file}: ${charts.length} interactive chart(s) rendered, nothing requested ` +
                    `outside the file, no JavaScript error (screenshot ${screenshot})`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failures > 0 ? 1 : 0);
