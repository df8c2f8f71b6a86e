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

it("defuses formula starts in text only, and can leave the header out (later batches of a stream)", () => {
  const rows = [{ v: "-5" }, { v: -5 }, { v: "" }, { v: "\tx" }, { v: "+1" }, { v: "@a" }, { v: true }, { v: "a,b" }];
  const columns = [{ header: "v", value: (r: { v: string | number | boolean }) => r.v }];
  expect(toCsv(rows, columns)).toBe("v\r\n'-5\r\n-5\r\n\r\n'\tx\r\n'+1\r\n'@a\r\ntrue\r\n\"a,b\"\r\n");
  expect(toCsv(rows.slice(0, 2), columns, { header: false })).toBe("'-5\r\n-5\r\n");
  expect(toCsv([], columns)).toBe("v\r\n");
});
