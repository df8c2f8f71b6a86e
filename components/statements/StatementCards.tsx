"use client";

import { EditLink } from "@/components/ui/EditLink";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import styles from "./StatementItem.module.css";

/** One remark as plain data (StatementList shapes it on the server): what its card shows, nothing more. */
export type StatementCard = {
  id: string;
  /** The words without their wrapping quote marks, fragments joined. */
  words: string;
  direct: boolean;
  /** `unnamed` only for an unnamed source ("a senior EU diplomat"), shown as written and marked. */
  speaker: { slug: string; name: string; unnamed?: true };
  addressee: { slug: string; name: string } | null;
  /** The day it was said (yyyy-mm-dd) for <time dateTime>; `when` is that date as the reader sees it. */
  saidOn?: string;
  when: string;
  venue: string | null;
  verified: boolean;
  article: { slug: string; title: string; outlet: string | null };
  /** The remark's other statements (fragments), in text order. */
  more: { id: string; articleSlug: string; direct: boolean }[];
  topics: { slug: string; name: string }[];
};

/**
 * Direct words read as a quotation (typographic quote marks); a paraphrase reads as reported speech
 * (italic). `words` are already without a wrapping pair of marks (quoteBody).
 */
export function Words({ words, direct }: { words: string; direct: boolean }) {
  return direct ? (
    <blockquote className={`${styles.words} ${styles.direct}`}>{`“${words}”`}</blockquote>
  ) : (
    <blockquote className={`${styles.words} ${styles.paraphrase}`}>{words}</blockquote>
  );
}

/**
 * The cards of a statement list. A client component so that each remark reaches the browser once, as
 * data: drawn by server components, the RSC payload carried every card's element tree (1.3 KB a card)
 * beside the same markup in the HTML. The server still renders them: the list reads without scripts.
 * Plain <a> links (next/link would prefetch the fifty cards' links as they scroll into view) and text joined
 * into one string (React's HTML puts a <!-- --> between adjacent text parts).
 */
export function StatementCards({ cards, showSpeaker, editable }: { cards: StatementCard[]; showSpeaker: boolean; editable: boolean }) {
  return (
    <ol className="list" aria-label="Statements">
      {cards.map((s) => (
        <li key={s.id} className={`card ${styles.item}`}>
          <Words words={s.words} direct={s.direct} />
          <div className="meta">
            <span className={styles.kind}>{s.direct ? "Quote" : "Paraphrase"}</span>
            {showSpeaker && <a className={styles.speaker} href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</a>}
            {showSpeaker && s.speaker.unnamed && <UnnamedSourceBadge />}
            {s.addressee && <span>to <a href={`/actors/${s.addressee.slug}`}>{s.addressee.name}</a></span>}
            <time dateTime={s.saidOn}>{s.when}</time>
            {s.venue && <span>{s.venue}</span>}
            <VerifiedBadge verified={s.verified} />
            {editable && <EditLink href={`/editor/statements/${s.id}`} label={`Edit statement by ${s.speaker.name}`} />}
          </div>
          <div className="meta" style={{ marginTop: 6 }}>
            {/* A full page load, so the browser applies :target to the sentence and scrolls to it. */}
            <a className={styles.source} href={`/articles/${s.article.slug}#s-${s.id}`}>
              {`See it in “${s.article.title}”`}
            </a>
            {s.article.outlet && <span className={styles.outlet}>{s.article.outlet}</span>}
            {s.more.length > 0 && (
              <span>
                {s.more.length === 1 ? "1 more fragment" : `${s.more.length} more fragments`} of this remark:{" "}
                {s.more.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 && ", "}
                    <a href={`/articles/${f.articleSlug}#s-${f.id}`}>{`${f.direct ? "quote" : "paraphrase"} ${i + 1}`}</a>
                    {editable && <> <EditLink href={`/editor/statements/${f.id}`} label={`Edit fragment ${i + 1} by ${s.speaker.name}`} /></>}
                  </span>
                ))}
              </span>
            )}
            {s.topics.length > 0 && (
              <span className={styles.topics}>
                {s.topics.map((topic) => (
                  <a key={topic.slug} className={styles.topic} href={`/statements?topic=${topic.slug}`}>{topic.name}</a>
                ))}
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
