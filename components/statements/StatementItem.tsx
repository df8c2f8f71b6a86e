import Link from "next/link";
import { EditLink } from "@/components/ui/EditLink";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { StatementRow } from "@/lib/statements/queries";
import styles from "./StatementItem.module.css";

/** Direct words read as a quotation (typographic quote marks); a paraphrase reads as reported speech (italic). */
export function StatementWords({ text, direct }: { text: string; direct: boolean }) {
  const clean = text.trim().replace(/^["“”]+|["“”]+$/g, "");
  return direct ? (
    <blockquote className={`${styles.words} ${styles.direct}`}>“{clean}”</blockquote>
  ) : (
    <blockquote className={`${styles.words} ${styles.paraphrase}`}>{clean}</blockquote>
  );
}

export function StatementItem({ statement: s, showSpeaker = true, editable = false }: { statement: StatementRow; showSpeaker?: boolean; editable?: boolean }) {
  return (
    <li className={`card ${styles.item}`}>
      <StatementWords text={s.text} direct={s.direct} />
      <div className="meta">
        <span className={styles.kind}>{s.direct ? "Quote" : "Paraphrase"}</span>
        {showSpeaker && <Link className={styles.speaker} href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</Link>}
        {s.addressee && <span>to <Link href={`/actors/${s.addressee.slug}`}>{s.addressee.name}</Link></span>}
        <time dateTime={s.saidOn?.toISOString().slice(0, 10)}>{formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn })}</time>
        {s.venue && <span>{s.venue}</span>}
        <VerifiedBadge verified={s.verified} />
        {editable && <EditLink href={`/editor/statements/${s.id}`} label={`Edit statement by ${s.speaker.name}`} />}
      </div>
      <div className="meta" style={{ marginTop: 6 }}>
        {/* A full page load, so the browser applies :target to the sentence and scrolls to it. */}
        <a className={styles.source} href={`/articles/${s.article.slug}#s-${s.id}`}>
          See it in “{s.article.title}”
        </a>
        {s.topics.length > 0 && (
          <span className={styles.topics}>
            {s.topics.map(({ topic }) => (
              <Link key={topic.slug} className={styles.topic} href={`/statements?topic=${topic.slug}`}>{topic.name}</Link>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}

/** `editable`: show each statement's Edit link (the page decides: signed-in editors only). */
export function StatementList({ statements, showSpeaker = true, editable = false }: { statements: StatementRow[]; showSpeaker?: boolean; editable?: boolean }) {
  return (
    <ol className="list" aria-label="Statements">
      {statements.map((s) => <StatementItem key={s.id} statement={s} showSpeaker={showSpeaker} editable={editable} />)}
    </ol>
  );
}
