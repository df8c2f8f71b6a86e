import { launchBrowser } from "./tests/support/browser";
const base = process.argv[2];
const list = process.argv.slice(3);
const browser = await launchBrowser();
for (const spec of list) {
  const [name, path, size, scheme, hover] = spec.split("|");
  const [w, h] = size.split("x").map(Number);
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: (scheme || "light") as "light" | "dark" });
  const page = await ctx.newPage();
  await page.goto(base + path, { waitUntil: "load", timeout: 120000 });
  if (hover) await page.locator(hover).first().hover({ force: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: `/tmp/am-shots/${name}.png`, fullPage: !hover });
  console.log(name, "overflow", overflow);
  await ctx.close();
}
await browser.close();
