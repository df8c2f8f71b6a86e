import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup } from "./FilterForm";

const options = [{ value: "peskov", label: "Dmitry Peskov", count: 1200 }, { value: "sybiha", label: "Andrii Sybiha" }, { value: "kallas", label: "Kaja Kallas", count: 3 }];

describe("CheckboxGroup (the HTML the server sends: the form works without scripts)", () => {
  it("a labelled checkbox an option, the chosen ones first and checked, with their count", () => {
    const html = renderToStaticMarkup(<CheckboxGroup name="speaker" legend="Speaker" options={options} selected={["kallas"]} />);
    expect(html).toContain("<legend>Speaker<span class=\"muted\"> (1 chosen)</span></legend>");
    const labels = [...html.matchAll(/<label[^>]*><input ([^>]*)\/><span>([^<]*)<\/span>/g)].map((m) => [m[2], m[1].includes("checked")]);
    expect(labels).toEqual([["Kaja Kallas", true], ["Dmitry Peskov", false], ["Andrii Sybiha", false]]);
    expect(html).toContain('name="speaker" value="peskov"');
    expect(html).toContain(">1,200</span>");
  });

  it("nothing for no options", () => {
    expect(renderToStaticMarkup(<CheckboxGroup name="speaker" legend="Speaker" options={[]} selected={[]} />)).toBe("");
  });
});
