import { extractArticle } from "@/lib/extraction";
const texts = process.argv.slice(2);
for (const t of texts) {
  const p = extractArticle({ text: "Intro line here.\n\n" + t, publishedOn: "2026-03-04", title: "T", allCandidates: "unfiltered" });
  const q = extractArticle({ text: "Intro line here.\n\n" + t, publishedOn: "2026-03-04", title: "T", allCandidates: true });
  console.log("##", t);
  for (const e of p.events) console.log("  raw ", e.type, e.date, e.title, (e as any).loose ? "loose" : "");
  for (const e of q.events) console.log("  all ", e.type, e.date, e.title, (e as any).loose ? "loose" : "");
}
