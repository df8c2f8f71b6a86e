"use client";

import { useEffect, useRef, useState } from "react";
import type { EditorArticle } from "@/lib/editor/analyse";
import { partText, segments, type Part, type Span } from "@/lib/editor/spans";

export type PaneMark = Span & { id: string; kind: "quote" | "paraphrase" | "event" | "actor"; rejected: boolean };
export type TextSelection = Span & { text: string };

type Props = {
  article: EditorArticle;
  marks: PaneMark[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** What the editor has selected in the text, offered to the toolbar above it. */
  toolbar: (selection: TextSelection) => React.ReactNode;
};

const PARTS: Part[] = ["title", "standfirst", "body"];

/** Where a DOM point falls in the article: its part and offset, read from the segment's data attributes. */
function pointOf(node: Node, offset: number): { part: Part; at: number } | null {
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-start]");
  if (!el) return null;
  const at = Number(el.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? (el.textContent ?? "").length : 0);
  return { part: el.dataset.part as Part, at };
}

function readSelection(pane: HTMLElement, article: EditorArticle): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  const from = pointOf(range.startContainer, range.startOffset);
  const to = pointOf(range.endContainer, range.endOffset);
  if (!from || !to || from.part !== to.part) return null;
  const text = partText(article, from.part);
  let [start, end] = [from.at, to.at];
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { part: from.part, start, end, text: text.slice(start, end) } : null;
}

/** The article with every proposal highlighted where it sits; click one to select it, select text to place one. */
export function ArticlePane({ article, marks, selected, onSelect, toolbar }: Props) {
  const pane = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    const onChange = () => {
      if (!pane.current) return;
      const found = readSelection(pane.current, article);
      // A collapsed selection outside the pane (a click on the toolbar) keeps the last one.
      if (found || pane.current.contains(window.getSelection()?.anchorNode ?? null)) setSelection(found);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [article]);

  useEffect(() => {
    if (!selected) return;
    pane.current?.querySelector(`[data-ids~="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const click = (e: React.MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return;
    const ids = (e.target as HTMLElement).closest<HTMLElement>("[data-ids]")?.dataset.ids?.split(" ") ?? [];
    // The shortest mark under the pointer: a quote inside an event's sentence wins over the event.
    const best = marks.filter((m) => ids.includes(m.id)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (best) onSelect(best.id);
  };

  return (
    <div className="article-pane" aria-label="The article, with what Faultline proposes highlighted">
      {selection && (
        <div className="selection-bar" onMouseDown={(e) => e.preventDefault()}>
          <span className="small">Selected: “{selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text}”</span>
          {toolbar(selection)}
        </div>
      )}
      <div ref={pane} className="article-text article-pane__text" onClick={click}>
        {PARTS.map((part) => {
          const text = partText(article, part);
          if (!text) return null;
          const own = marks.filter((m) => m.part === part);
          const Tag = part === "title" ? "h2" : part === "standfirst" ? "p" : "div";
          return (
            <Tag key={part} className={`pane-${part}`}>
              {segments(text.length, own).map((seg) => {
                const here = own.filter((m) => seg.ids.includes(m.id));
                const live = here.filter((m) => !m.rejected);
                const cls = [
                  live.some((m) => m.kind === "quote") && "hl hl--direct",
                  live.some((m) => m.kind === "paraphrase") && "hl hl--indirect",
                  live.some((m) => m.kind === "event") && "hl--event",
                  live.some((m) => m.kind === "actor") && "hl--actor",
                  selected && seg.ids.includes(selected) && "is-selected",
                ].filter(Boolean).join(" ");
                return (
                  <span key={seg.start} data-part={part} data-start={seg.start} data-ids={seg.ids.length ? seg.ids.join(" ") : undefined} className={cls || undefined}>
                    {text.slice(seg.start, seg.end)}
                  </span>
                );
              })}
            </Tag>
          );
        })}
      </div>
    </div>
  );
}
