import { paragraphs } from "@/lib/text/highlight";
import { HighlightedText, type StatementMark } from "./HighlightedText";

export function ArticleBody({ body, marks }: { body: string; marks: StatementMark[] }) {
  return (
    <div className="article-text">
      {paragraphs(body).map((p) => (
        <p key={p.start}>
          <HighlightedText
            text={body.slice(p.start, p.end)}
            offset={p.start}
            marks={marks.filter((m) => m.start < p.end && m.end > p.start)}
          />
        </p>
      ))}
    </div>
  );
}
