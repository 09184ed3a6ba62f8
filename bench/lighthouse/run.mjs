// Lighthouse (mobile, default throttling) on Spinewise's main pages, driven
// through Debian's Chromium. The routine page is reached as a person reaches
// it: a safety check, then the routine form. Prints the median of RUNS runs.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startFlow } from 'lighthouse';

const BASE = process.env.BASE_URL ?? 'http://localhost:18080';
const RUNS = Number(process.env.RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const pages = {
  home: { url: '/' },
  screening: { url: '/screening' },
  library: { url: '/library' },
  player: { reach: reachRoutine },
};

async function reachRoutine(page, flow) {
  await page.goto(`${BASE}/screening`);
  await page.type('#field-age', '35');
  await page.click('input[name="painLevel"][value="2"]');
  await page.click('input[name="onset"][value="days"]');
  for (const no of await page.$$('input[type="radio"][value="no"]')) await no.click();
  await Promise.all([page.waitForNavigation(), page.click('form[action="/screening"] button[type="submit"]')]);
  await flow.navigate(async () => {
    await Promise.all([page.waitForNavigation(), page.click('form[action="/routine"] button[type="submit"]')]);
  }, { name: 'player' });
  const title = await page.title();
  if (!title.startsWith('Your routine')) throw new Error(`the routine form led to "${title}", not the routine page`);
}

async function auditOnce(browser, name, target) {
  const page = await browser.newPage();
  const flow = await startFlow(page, { name });
  if (target.url) await flow.navigate(`${BASE}${target.url}`, { name });
  else await target.reach(page, flow);
  const result = await flow.createFlowResult();
  await page.close();
  const lhr = result.steps[result.steps.length - 1].lhr;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    bytes: lhr.audits['total-byte-weight'].numericValue,
    failed: CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
      .map((ref) => `${c}:${ref.id}`)),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const [name, target] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(browser, name, target));
    const row = { name, bytes: median(runs.map((r) => r.bytes)), failed: [...new Set(runs.flatMap((r) => r.failed))] };
    CATEGORIES.forEach((c) => { row[c] = median(runs.map((r) => r.scores[c])); });
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
}

const table = [
  `| page | ${CATEGORIES.join(' | ')} | first load (bytes) |`,
  `|---|${CATEGORIES.map(() => '---').join('|')}|---|`,
  ...rows.map((r) => `| ${r.name} | ${CATEGORIES.map((c) => r[c]).join(' | ')} | ${Math.round(r.bytes)} |`),
].join('\n');
console.log(`\nMedian of ${RUNS} runs, Lighthouse 12.2.3, mobile preset, ${new Date().toISOString()}\n\n${table}`);
const preface = `# Lighthouse\n\nCommand: \`bench/lighthouse/run.sh\` (a fresh jar, Debian's Chromium, Lighthouse 12.2.3, mobile preset).\n`
  + `Median of ${RUNS} runs on ${new Date().toISOString().slice(0, 10)}. The player is reached through the safety check `
  + `and the routine form, so its byte count leaves out the stylesheet and scripts those pages already loaded; `
  + `\`PageWeightTest\` counts every page's cold first load.\n\n`;
if (process.env.OUT) fs.writeFileSync(process.env.OUT, `${preface}${table}\n`);
const low = rows.filter((r) => CATEGORIES.some((c) => r[c] < 95));
if (low.length) {
  console.error(`Below 95: ${low.map((r) => `${r.name} (${r.failed.join(', ')})`).join('; ')}`);
  process.exitCode = 1;
}
