import type { Page } from "playwright-core";

/** Selects a passage of the review's article pane, as a mouse drag would; the selection bar appears. */
export async function selectInArticle(page: Page, words: string) {
  await page.evaluate((w) => {
    const body = document.querySelector(".article-pane .pane-body")!;
    const at = body.textContent!.indexOf(w);
    if (at < 0) throw new Error(`not in the article: ${w}`);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent!.length;
      if (seen <= at && at < seen + len) range.setStart(node, at - seen);
      if (seen < at + w.length && at + w.length <= seen + len) range.setEnd(node, at + w.length - seen);
      seen += len;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
  await page.locator(".selection-bar").waitFor();
}
