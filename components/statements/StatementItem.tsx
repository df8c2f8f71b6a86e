import { formatPartialDate } from "@/lib/dates/partial-date";
import type { StatementRow } from "@/lib/statements/queries";
import { groupRemarks, quoteBody, type Remark } from "@/lib/statements/remarks";
import { StatementCards, Words, type StatementCard } from "./StatementCards";

/** A statement's stored text as `Words`: only a wrapping pair of marks is dropped (“by force.” at the end of a paraphrase keeps its own). */
export function StatementWords({ text, direct }: { text: string; direct: boolean }) {
  return <Words words={quoteBody(text)} direct={direct} />;
}

/** What one remark's card shows: its words (fragments joined), who said it, when, its source and outlet. */
function cardOf(remark: Remark<StatementRow>): StatementCard {
  const s = remark.lead;
  return {
    id: s.id,
    words: quoteBody(remark.text),
    direct: s.direct,
    speaker: { slug: s.speaker.slug, name: s.speaker.name, ...(s.speaker.unnamed ? { unnamed: true as const } : {}) },
    addressee: s.addressee && { slug: s.addressee.slug, name: s.addressee.name },
    saidOn: s.saidOn?.toISOString().slice(0, 10),
    when: formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn }),
    venue: s.venue,
    verified: s.verified,
    article: { slug: s.article.slug, title: s.article.title, outlet: s.article.publication?.name ?? null },
    more: remark.fragments.filter((f) => f !== s).map((f) => ({ id: f.id, articleSlug: f.article.slug, direct: f.direct })),
    topics: s.topics.map(({ topic }) => ({ slug: topic.slug, name: topic.name })),
  };
}

/**
 * Statements as remarks: fragments of one remark on this page (split by its attribution, or a quote
 * inside a paraphrase) are shown once. `editable`: each statement's Edit link (signed-in editors only).
 */
export function StatementList({ statements, showSpeaker = true, editable = false }: { statements: StatementRow[]; showSpeaker?: boolean; editable?: boolean }) {
  return <StatementCards cards={groupRemarks(statements).map(cardOf)} showSpeaker={showSpeaker} editable={editable} />;
}
