export type AtomEntry = { id: string; title: string; url: string; updated: Date; summary: string; author?: string };

// XML 1.0 forbids most control characters outright; escaping cannot save them, so they go.
const escapeXml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** An Atom 1.0 document. `id`s must be stable URIs (tag: or the entry's URL). */
export function atomFeed(feed: { id: string; title: string; url: string; selfUrl: string; entries: AtomEntry[] }): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
${e.author ? `    <author><name>${escapeXml(e.author)}</name></author>\n` : ""}    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.url)}"/>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Faultline</name></author>
${entries}
</feed>
`;
}

/** A feed document as a route's answer (lib/cache/cached-answer.ts). */
export function atomAnswer(xml: string): { status: number; body: string; headers: Record<string, string> } {
  return { status: 200, body: xml, headers: { "Content-Type": "application/atom+xml; charset=utf-8" } };
}
