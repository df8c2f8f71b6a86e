import { expect, it } from "vitest";
import { toCsv } from "./csv";

it("quotes what needs quoting and defuses spreadsheet formulas", () => {
  const rows = [
    { who: "Vladimir Putin", said: 'Peacekeepers are a "legitimate target", he said', n: 2 },
    { who: "=HYPERLINK(\"x\")", said: "line one\nline two", n: null },
  ];
  const csv = toCsv(rows, [
    { header: "speaker", value: (r) => r.who },
    { header: "quote", value: (r) => r.said },
    { header: "n", value: (r) => r.n },
  ]);
  expect(csv).toBe(
    'speaker,quote,n\r\n' +
      'Vladimir Putin,"Peacekeepers are a ""legitimate target"", he said",2\r\n' +
      '"\'=HYPERLINK(""x"")","line one\nline two",\r\n',
  );
});
