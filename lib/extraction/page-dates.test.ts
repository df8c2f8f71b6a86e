import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { publishedDateOf } from "./page-dates";

const body = "The harbour master said on Tuesday that the ferry would sail again next week after repairs.";

describe("published, not updated", () => {
  it("takes the date after the 'Published' label on a line that also prints the update", () => {
    expect(publishedDateOf("Updated: 14 May 2026 | Published: 12 May 2026")).toBe("2026-05-12");
    expect(publishedDateOf("Last updated on May 14, 2026. First published on May 12, 2026.")).toBe("2026-05-12");
    expect(publishedDateOf("Published 12 May 2026, updated 14 May 2026")).toBe("2026-05-12");
    expect(publishedDateOf("Updated 14 May 2026")).toBe("2026-05-14");
  });

  it("prefers a 'Published' line below an 'Updated' line, and takes the update when it is the only date", () => {
    expect(parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nUpdated 14 May 2026\nPublished 12 May 2026\n${body}`).publishedOn).toBe("2026-05-12");
    expect(parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nUpdated 14 May 2026\n${body}`).publishedOn).toBe("2026-05-14");
  });
});
