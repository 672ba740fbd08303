// What a new user does in the web app, in a real browser: import a JSON Resume,
// look at the assessment, add an achievement, start a tour and check in, tailor
// to a posting and download the PDF, and get an error next to a bad field.
// The steps run in order against one server and one store, like a person would.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.CTOPATH_URL;
const ROOT = process.env.CTOPATH_ROOT;
const ARTIFACTS = process.env.CTOPATH_ARTIFACTS;
const RESUME = join(ROOT, "examples/resumes/maya-okafor.json");
const POSTING = readFileSync(join(ROOT, "examples/jobs/cto-scaleup.txt"), "utf8");

let context;
let page;

before(async () => {
  assert.ok(BASE, "run through ./run.sh, which starts the server");
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await chromium.launchPersistentContext(process.env.CTOPATH_PROFILE_DIR, {
    executablePath: process.env.CTOPATH_CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  // Nothing may leave the machine: every request must go to the app itself.
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(BASE) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      throw new Error(`request outside the app: ${url}`);
    }
  });
});

after(async () => {
  await context?.close();
});

async function shot(name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test("a new user imports a JSON Resume through the upload form", async () => {
  await page.goto(BASE + "/");
  await assert.doesNotReject(page.getByRole("heading", { level: 1, name: /where you stand/i }).waitFor());
  await shot("01-welcome");
  await page.setInputFiles("#f-file", RESUME);
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/done=imported/);
  assert.match(await page.locator(".notice").innerText(), /Imported/);
  assert.match(await page.locator("h1").first().innerText(), /L\d+/);
  await shot("02-dashboard");
});

test("the assessment shows the radar and evidence for every conclusion", async () => {
  await page.goto(BASE + "/assessment");
  const radar = page.locator("svg[role=img]", { has: page.locator("title", { hasText: "Competency radar" }) });
  await radar.first().waitFor();
  assert.ok(await radar.first().isVisible(), "the radar is drawn");
  const sources = await page.locator("#level .source").allInnerTexts();
  assert.ok(sources.some((s) => s.startsWith("work[")), `level evidence points into the resume: ${sources}`);
  assert.ok((await page.locator("#competencies tbody tr").count()) >= 10, "every competency has a row");
  await shot("03-assessment");
});

test("adding an achievement suggests competencies and puts it in the portfolio", async () => {
  await page.goto(BASE + "/profile/achievements/new");
  await page.fill("#f-what_changed", "Hired 14 engineers and rebuilt the interview loop for the payments team");
  await page.locator("#competency-choices .badge", { hasText: "suggested" }).first().waitFor();
  await page.fill("#f-metric", "time to hire");
  await page.fill("#f-before", "62");
  await page.fill("#f-after", "35");
  await page.fill("#f-unit", "days");
  await page.fill("#f-tags", "hiring");
  await page.getByRole("button", { name: "Save achievement" }).click();
  await page.waitForURL(/\/portfolio\?done=achievement-saved/);
  const card = page.locator(".achievement", { hasText: "Hired 14 engineers" });
  await card.waitFor();
  assert.match(await card.innerText(), /-44%/);
  await page.selectOption("#f-tag", "hiring");
  await page.waitForURL(/tag=hiring/);
  await page.locator(".count", { hasText: "Showing 1 of" }).waitFor();
  await shot("04-portfolio");
});

test("an invalid form submission shows its error next to the field", async () => {
  await page.goto(BASE + "/profile/positions/new");
  await page.fill("#f-title", "Head of Platform");
  await page.fill("#f-organisation", "Ledgerly");
  await page.fill("#f-start", "2024-13");
  await page.fill("#f-coding_share", "140");
  await page.getByRole("button", { name: "Save position" }).click();
  const error = page.locator("#f-start-error");
  await error.waitFor();
  assert.match(await error.innerText(), /YYYY-MM/);
  assert.equal(await page.locator("#f-start").getAttribute("aria-invalid"), "true");
  assert.equal(await page.inputValue("#f-start"), "2024-13", "what was typed stays");
  const box = await page.locator("#f-start").boundingBox();
  const msg = await error.boundingBox();
  assert.ok(msg.y > box.y && msg.y - (box.y + box.height) < 40, "the message sits right under its field");
  assert.ok(await page.locator("#f-coding_share-error").isVisible(), "the profile's own rule shows on its field too");
  await shot("05-form-error");
});

test("a tour starts from the plan and takes a check-in", async () => {
  await page.goto(BASE + "/plan");
  await shot("06-plan");
  await page.getByRole("link", { name: "Start this tour" }).first().click();
  await page.waitForURL(/\/tours\/start\//);
  await page.fill("#f-sponsor", "Priya, CEO");
  await page.getByRole("button", { name: "Start the tour" }).click();
  await page.waitForURL(/done=tour-started/);
  await page.selectOption("#f-status_0", "at_risk");
  await page.fill("#f-note_0", "two of four teams signed the plan");
  await page.fill("#f-learned", "Start with the most skeptical lead");
  await page.getByRole("button", { name: "Record check-in" }).click();
  await page.waitForURL(/done=checkin-saved/);
  assert.match(await page.locator(".notice").innerText(), /Check-in recorded/);
  assert.ok(await page.locator(".badge", { hasText: "at risk" }).first().isVisible());
  await shot("07-tour");
});

test("tailoring to a posting shows coverage and downloads the CV as PDF", async () => {
  await page.goto(BASE + "/tailor");
  await page.fill("#f-posting", POSTING);
  await page.getByRole("button", { name: "Check my fit" }).click();
  await page.locator("table.coverage").waitFor();
  const verdicts = await page.locator("table.coverage .badge").allInnerTexts();
  assert.ok(verdicts.includes("covered"), `some requirements are covered: ${verdicts}`);
  await shot("08-tailor");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const file = join(ARTIFACTS, "tailored-cv.pdf");
  await download.saveAs(file);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
});

test("pages fit a phone screen and errors are pages, not traces", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + "/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px too wide)`);
  await shot("09-dashboard-phone");
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto(BASE + "/no/such/page");
  assert.equal(response.status(), 404);
  assert.match(await page.locator("h1").innerText(), /Not found/);
  await shot("10-not-found");
});
