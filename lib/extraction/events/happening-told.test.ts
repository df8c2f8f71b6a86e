import { describe, expect, it } from "vitest";
import { sourceFrame, toldClause, withoutTrailingSource } from "./happening-told";

describe("what a clause tells, past its source", () => {
  it("reads a report's complement, with or without 'that'", () => {
    expect(toldClause("The mayor said the bridge had been reopened.")).toEqual({ body: "the bridge had been reopened.", by: "report" });
    expect(toldClause("She told reporters that the convoy left at dawn.").body).toBe(" the convoy left at dawn.");
  });
  it("cuts a source that closes the clause: a named speaker, an inverted 'said X', 'according to'", () => {
    expect(toldClause("Ferries on the lake were halted, the port authority reported.")).toEqual({ body: "Ferries on the lake were halted", by: "sourced" });
    expect(toldClause("Police have detained two men, said spokeswoman Anna Berg.").body).toBe("Police have detained two men");
    expect(toldClause("The council approved the budget, according to two members.").by).toBe("sourced");
    expect(toldClause("According to the governor, crews restored power overnight.").by).toBe("sourced");
  });
  it("keeps a relative or second clause and a quotation: they are no source of the happening", () => {
    expect(withoutTrailingSource("The port reopened, which officials said was overdue.")).toBe("The port reopened, which officials said was overdue.");
    expect(toldClause("“We will rebuild,” the mayor said.").by).toBeNull();
  });
  it("leaves a clause with no source as it is", () => {
    expect(toldClause("The governor resigned.")).toEqual({ body: "The governor resigned.", by: null });
  });
  it("measures an opening 'according to' source", () => {
    expect(sourceFrame("According to the ministry, two ships docked.")).toBe("According to the ministry, ".length);
    expect(sourceFrame("Two ships docked.")).toBe(0);
  });
});
