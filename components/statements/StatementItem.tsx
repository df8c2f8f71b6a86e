import { EditLink } from "@/components/ui/EditLink";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { StatementRow } from "@/lib/statements/queries";
import { groupRemarks, quoteBody, type Remark } from "@/lib/statements/remarks";
import styles from "./StatementItem.module.css";

/**
 * Direct words read as a quotation (typographic quote marks); a paraphrase reads as reported speech
 * (italic). Only a wrapping pair of marks is dropped: “by force.” at the end of a paraphrase keeps its own.
 */
export function StatementWords({ text, direct }: { text: string; direct: boolean }) {
  const clean = quoteBody(text);
  return direct ? (
    <blockquote className={`${styles.words} ${styles.direct}`}>{`“${clean}”`}</blockquote>
  ) : (
    <blockquote className={`${styles.words} ${styles.paraphrase}`}>{clean}</blockquote>
  );
}

/**
 * One remark: its words (fragments joined), who said it, when, and its source with the outlet. Plain
 * <a> links and joined text: a list renders fifty of these, each as HTML and again as the RSC payload.
 */
export function StatementItem({ remark, showSpeaker = true, editable = false }: { remark: Remark<StatementRow>; showSpeaker?: boolean; editable?: boolean }) {
  const s = remark.lead;
  const more = remark.fragments.length - 1;
  return (
    <li className={`card ${styles.item}`}>
      <StatementWords text={remark.text} direct={s.direct} />
      <div className="meta">
        <span className={styles.kind}>{s.direct ? "Quote" : "Paraphrase"}</span>
        {showSpeaker && <a className={styles.speaker} href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</a>}
        {s.addressee && <span>to <a href={`/actors/${s.addressee.slug}`}>{s.addressee.name}</a></span>}
        <time dateTime={s.saidOn?.toISOString().slice(0, 10)}>{formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn })}</time>
        {s.venue && <span>{s.venue}</span>}
        <VerifiedBadge verified={s.verified} />
        {editable && <EditLink href={`/editor/statements/${s.id}`} label={`Edit statement by ${s.speaker.name}`} />}
      </div>
      <div className="meta" style={{ marginTop: 6 }}>
        {/* A full page load, so the browser applies :target to the sentence and scrolls to it. */}
        <a className={styles.source} href={`/articles/${s.article.slug}#s-${s.id}`}>
          {`See it in “${s.article.title}”`}
        </a>
        {s.article.publication && <span className={styles.outlet}>{s.article.publication.name}</span>}
        {more > 0 && (
          <span>
            {more === 1 ? "1 more fragment" : `${more} more fragments`} of this remark:{" "}
            {remark.fragments.filter((f) => f !== s).map((f, i) => (
              <span key={f.id}>
                {i > 0 && ", "}
                <a href={`/articles/${f.article.slug}#s-${f.id}`}>{`${f.direct ? "quote" : "paraphrase"} ${i + 1}`}</a>
                {editable && <> <EditLink href={`/editor/statements/${f.id}`} label={`Edit fragment ${i + 1} by ${f.speaker.name}`} /></>}
              </span>
            ))}
          </span>
        )}
        {s.topics.length > 0 && (
          <span className={styles.topics}>
            {s.topics.map(({ topic }) => (
              <a key={topic.slug} className={styles.topic} href={`/statements?topic=${topic.slug}`}>{topic.name}</a>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}

/**
 * Statements as remarks: fragments of one remark on this page (split by its attribution, or a quote
 * inside a paraphrase) are shown once. `editable`: each statement's Edit link (signed-in editors only).
 */
export function StatementList({ statements, showSpeaker = true, editable = false }: { statements: StatementRow[]; showSpeaker?: boolean; editable?: boolean }) {
  return (
    <ol className="list" aria-label="Statements">
      {groupRemarks(statements).map((r) => <StatementItem key={r.lead.id} remark={r} showSpeaker={showSpeaker} editable={editable} />)}
    </ol>
  );
}
