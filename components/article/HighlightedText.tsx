import { segmentText, type Highlight } from "@/lib/text/highlight";

export type StatementMark = Highlight & { speaker: string; direct: boolean };

/**
 * Text with every statement span marked; each statement's first run carries the anchor id
 * `s-<id>` that quote lists link to. Hovering or focusing a mark shows who said it.
 */
export function HighlightedText({ text, offset = 0, marks }: { text: string; offset?: number; marks: StatementMark[] }) {
  const local = marks.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  const byId = new Map(local.map((m) => [m.id, m]));
  const anchored = new Set<string>();
  return (
    <>
      {segmentText(text, local).map((segment) => {
        if (segment.ids.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const covering = segment.ids.map((id) => byId.get(id)!);
        const firstHere = covering.filter((m) => !anchored.has(m.id) && m.start === segment.start);
        firstHere.forEach((m) => anchored.add(m.id));
        const speakers = [...new Set(covering.map((m) => m.speaker))].join(", ");
        const className = [
          "hl",
          covering.some((m) => m.direct) && "hl--direct",
          covering.some((m) => !m.direct) && "hl--indirect",
        ].filter(Boolean).join(" ");
        return (
          <mark
            key={segment.start}
            id={firstHere[0] ? `s-${firstHere[0].id}` : undefined}
            className={className}
            data-speaker={speakers}
            title={`Said by ${speakers}`}
            tabIndex={firstHere.length ? 0 : undefined}
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
