// `npx tsx tests/bench/page-weight.ts BASE_URL PATH…`: what each page's bytes are. Fetches every path
// twice (the second answer is the cached one) and splits the HTML into the inline RSC payload (the
// self.__next_f scripts), inline SVG, inline <style>, other inline scripts and the rest (the markup).
// Prints KiB per part. Not a test: it measures.

type Parts = { total: number; rsc: number; svg: number; style: number; script: number; markup: number };

const KIB = 1024;

/** Bytes of every match of `pattern` in `html`. */
function bytesOf(html: string, pattern: RegExp): number {
  let n = 0;
  for (const match of html.matchAll(pattern)) n += Buffer.byteLength(match[0]);
  return n;
}

export function weigh(html: string): Parts {
  const total = Buffer.byteLength(html);
  const rsc = bytesOf(html, /<script>self\.__next_f\.push\([\s\S]*?<\/script>/g);
  const script = bytesOf(html, /<script(?![^>]*\bsrc=)[^>]*>(?!self\.__next_f)[\s\S]*?<\/script>/g);
  const svg = bytesOf(html, /<svg[\s\S]*?<\/svg>/g);
  const style = bytesOf(html, /<style[\s\S]*?<\/style>/g);
  return { total, rsc, svg, style, script, markup: total - rsc - svg - style - script };
}

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) {
    console.error("Usage: npx tsx tests/bench/page-weight.ts http://127.0.0.1:PORT /path …");
    process.exit(2);
  }
  const cells = ["total", "markup", "rsc", "svg", "style", "script"] as const;
  console.log(["path".padEnd(48), "ms", ...cells.map((c) => `${c} KiB`.padStart(11))].join(" "));
  for (const path of paths) {
    await fetch(base + path).then((r) => r.arrayBuffer()); // fills the cache
    const started = performance.now();
    const response = await fetch(base + path);
    const html = await response.text();
    const ms = performance.now() - started;
    const parts = weigh(html);
    console.log([path.slice(0, 48).padEnd(48), ms.toFixed(0).padStart(4), ...cells.map((c) => (parts[c] / KIB).toFixed(1).padStart(11))].join(" "), response.status === 200 ? "" : `HTTP ${response.status}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
