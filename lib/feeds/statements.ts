import type { AtomEntry } from "./atom";
import { formatPartialDate } from "@/lib/dates/partial-date";

type FeedStatement = {
  id: string;
  text: string;
  direct: boolean;
  saidOn: Date | null;
  saidPrecision: Parameters<typeof formatPartialDate>[1];
  venue: string | null;
  verified: boolean;
  createdAt: Date;
  updatedAt: Date;
  speaker: { name: string };
  article: { slug: string; title: string; publishedOn: Date };
};

/** Atom entries for statements: the words (quoted when direct), who, when, where, and the source sentence. */
export function statementEntries(origin: string, statements: FeedStatement[]): AtomEntry[] {
  return statements.map((s) => {
    const words = s.direct ? `“${s.text}”` : s.text;
    const when = formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn });
    return {
      id: `tag:faultline,2025:statement:${s.id}`,
      title: `${s.speaker.name}: ${words}`,
      url: `${origin}/articles/${s.article.slug}#s-${s.id}`,
      updated: s.updatedAt,
      author: s.speaker.name,
      summary: `${words} — ${s.speaker.name}, ${when}${s.venue ? `, ${s.venue}` : ""}. ${s.direct ? "Direct quote" : "Paraphrase"}, ${s.verified ? "verified" : "machine-suggested"}. From “${s.article.title}”.`,
    };
  });
}
