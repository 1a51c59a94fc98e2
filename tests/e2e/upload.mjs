// End-to-end: a person opens the upload page, chooses a package's files, starts the check and
// reads the findings; then searches on the search page. Debian's chromium, headless, driven by
// playwright-core. The applicant's flow has no token; the reviewer's search gives one.
// Usage: node upload.mjs BASE_URL SAMPLE_DIR REVIEWER_TOKEN
import { chromium } from "playwright-core";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const [base, dir, reviewerToken] = process.argv.slice(2);
const fail = (msg) => { console.error("E2E FAIL: " + msg); process.exit(1); };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "/");
  if ((await page.title()).indexOf("申报材料自查") < 0) fail("upload page title");
  if (!(await page.isDisabled("#check"))) fail("check button enabled before files are chosen");
  const files = readdirSync(dir).map((f) => join(dir, f));
  await page.setInputFiles("#files", files);
  const listed = await page.locator("#chosen li").count();
  if (listed !== files.length) fail(`chosen list shows ${listed} of ${files.length} files`);
  await page.click("#check");
  await page.waitForSelector("#verdict", { timeout: 60000 });
  const verdict = await page.textContent("#verdict");
  if (!/错误/.test(verdict)) fail("verdict should report errors: " + verdict);
  const rules = await page.$$eval(".finding", (els) => els.map((e) => e.getAttribute("data-rule")));
  for (const want of ["T003", "T004", "B002", "P001"]) {
    if (!rules.includes(want)) fail(`finding ${want} not shown (shown: ${rules.join(",")})`);
  }
  const groups = await page.$$eval(".group h3", (els) => els.map((e) => e.textContent));
  if (!groups[0].startsWith("错误")) fail("errors first: " + groups.join(" | "));
  const t003 = await page.textContent('.finding[data-rule="T003"]');
  if (!t003.includes("依据") || !t003.includes("位置")) fail("T003 shows no evidence or place: " + t003);
  const fieldsText = await page.textContent("table.fields");
  if (!fieldsText.includes("项目名称")) fail("fields table");

  if ((await page.locator(".similar").count()) !== 0) fail("an applicant sees a list of similar projects");

  // Search without a token: refused, with the reason in Chinese.
  await page.goto(base + "/search");
  await page.fill("#text", "补肾活血汤治疗老年单纯收缩期高血压肾虚血瘀证有较好的疗效");
  await page.click("#go");
  await page.waitForSelector("#error", { timeout: 30000 });
  const refused = await page.textContent("#error");
  if (!refused.includes("令牌")) fail("anonymous search should ask for a token: " + refused);
  // The reviewer gives the token (kept for this tab only) and searches again.
  await page.fill("#token", reviewerToken);
  await page.click("#save-token");
  await page.click("#go");
  await page.waitForSelector(".similar .score", { timeout: 30000 });
  const hit = await page.textContent(".similar");
  if (!hit.includes("SZ2021-0002")) fail("search result: " + hit.slice(0, 200));
  if ((await page.locator(".similar table.pass td").count()) < 2) fail("passages side by side");
  if (errors.length) fail("page errors: " + errors.join("; "));
  console.log(`E2E OK: ${rules.length} findings shown, search found SZ2021-0002`);
} finally {
  await browser.close();
}
