// End to end in headless Chromium (Debian's, driven by playwright-core):
// open the page, see the network, filter it by time, click an edge, its
// events, an event and its highlighted sentence; add a document and see its
// events; the agreements table, an agreement and the agreements layer.
// Screenshots go to OUT_DIR and must not be empty.
// Usage: node web/e2e/e2e.mjs URL OUT_DIR
import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url, outDir] = process.argv.slice(2);
const shots = [];

async function shot(page, name) {
  const path = `${outDir}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  shots.push(path);
}

function check(ok, what) {
  if (!ok) throw new Error(`e2e: ${what}`);
  console.log(`ok - ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.setDefaultTimeout(20000);

  await page.goto(url);
  await page.waitForSelector('#graph[data-edges]');
  const edges = Number(await page.getAttribute('#graph', 'data-edges'));
  check(edges > 0, `the network shows ${edges} edges`);
  await page.waitForTimeout(300);
  await shot(page, 'network');

  // Filter by time: the first month only.
  await page.$eval('input[name="until-i"]', (el) => { el.value = '0'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('until='));
  await page.waitForSelector('#graph[data-edges]');
  const filtered = Number(await page.getAttribute('#graph', 'data-edges'));
  check(filtered < edges, `filtering by time leaves ${filtered} of ${edges} edges`);

  // Back to all of it, then click an edge where it is drawn.
  await page.goto(`${url}#/network`);
  await page.waitForSelector('#graph[data-edges]');
  await page.waitForTimeout(300);
  const at = await page.evaluate(() => {
    const edge = window.dyadGraph.edges()[0];
    const p = edge.renderedMidpoint();
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, source: edge.data('source'), target: edge.data('target') };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => location.hash.startsWith('#/events'), null, { timeout: 5000 }).catch(async () => {
    // An edge hidden under a node's label: tap it the way the graph would.
    await page.evaluate(() => window.dyadGraph.edges()[0].emit('tap'));
  });
  await page.waitForSelector('#events tbody tr.row');
  const rows = await page.$$eval('#events tbody tr.row', (trs) => trs.length);
  check(rows > 0, `the edge ${at.source}–${at.target} lists ${rows} events`);
  await shot(page, 'events');

  await page.click('#events tbody tr.row');
  await page.waitForSelector('#event-view .sentence mark.trigger');
  const trigger = await page.textContent('#event-view mark.trigger');
  const source = await page.$('#event-view mark.source');
  check(trigger.trim().length > 0 && source !== null, `the event view marks the trigger '${trigger.trim()}' and the source`);
  await shot(page, 'event');

  await page.goto(`${url}#/timeline?actor=${encodeURIComponent(at.source)}`);
  await page.waitForSelector('#chart-box[data-periods]');
  check(Number(await page.getAttribute('#chart-box', 'data-periods')) > 0, `the timeline of ${at.source} has periods`);
  await shot(page, 'timeline');

  await page.goto(`${url}#/add`);
  await page.waitForSelector('#add-text');
  await page.fill('#add-text', 'Kenya and Somalia signed a security agreement in Nairobi on Monday. ' +
    'The Dutch government condemned the attack on the embassy in Kabul.');
  await page.selectOption('select[name="lang"]', 'en');
  await page.fill('input[name="date"]', '2024-06-03');
  await page.click('#add button[type=submit]');
  await page.waitForSelector('#add-result h3', { timeout: 120000 });
  const added = await page.textContent('#add-result h3');
  check(/^\d+ events? in /.test(added), `the added document: ${added}`);
  await shot(page, 'add');

  // The agreements register: its table, an agreement with its reports,
  // the agreements layer of the network.
  await page.goto(`${url}#/agreements`);
  await page.waitForSelector('#agreements tbody tr.row');
  const agreements = await page.$$eval('#agreements tbody tr.row', (trs) => trs.length);
  check(agreements > 0, `the agreements table lists ${agreements} agreements`);
  await shot(page, 'agreements');
  await page.click('#agreements tbody tr.row');
  await page.waitForSelector('#agreement-view');
  const marked = await page.$$eval('.report .sentence mark', (ms) => ms.length);
  check(marked > 0, `the agreement view marks ${marked} parties or signatories in its reports`);
  await shot(page, 'agreement');
  // An agreement a later event refers to (the examples' Nigerian welcome of
  // the Ghana–EU MOU) lists it, linked to the event.
  const withRefs = await page.evaluate(async () => {
    const r = await (await fetch('/api/agreements?party=GHA')).json();
    return r.agreements.find((a) => a.referred_by.length)?.id;
  });
  check(withRefs !== undefined, 'the register has an agreement with a referring event');
  await page.goto(`${url}#/agreement/${withRefs}`);
  await page.waitForSelector('#agreement-view');
  const refs = await page.$$eval('#agreement-view a[href^="#/event/"]', (as) => as.length);
  check(refs > 0, `the agreement view links ${refs} referring events`);
  await shot(page, 'agreement-relations');
  await page.goto(`${url}#/network?layer=agreements`);
  await page.waitForSelector('#graph[data-edges]');
  const agreementEdges = Number(await page.getAttribute('#graph', 'data-edges'));
  check(agreementEdges > 0, `the agreements layer shows ${agreementEdges} edges`);
  await page.waitForTimeout(300);
  await shot(page, 'agreement-network');

  check(errors.length === 0, `no script errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  for (const s of shots) check(statSync(s).size > 5000, `${s} is a picture (${statSync(s).size} bytes)`);
} finally {
  await browser.close();
}
