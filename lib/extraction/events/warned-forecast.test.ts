import { describe, expect, it } from "vitest";
import { warnedForecast } from "./warned-forecast";

describe("a warning whose content is a forecast or an assessment", () => {
  it("reads a possibility, an inability or a state warned of as no happening", () => {
    expect(warnedForecast("The Polish central bank governor warned that fiscal risks could force the bank to pause.")).toBe(true);
    expect(warnedForecast("The Georgian watchdog warned on Monday that the dam remained in a fragile state.")).toBe(true);
    expect(warnedForecast("He warned that the opposition could challenge the budget in court.")).toBe(true);
  });
  it("keeps a threat: the speaker's side's response, targets, sanctions", () => {
    expect(warnedForecast("The Kremlin warned on Tuesday that any Western troops would be legitimate targets.")).toBe(false);
    expect(warnedForecast("Washington warned that foreign banks dealing with Minsk could face secondary sanctions.")).toBe(false);
    expect(warnedForecast("Moscow warned Berlin on Monday against sending missiles.")).toBe(false);
  });
  it("keeps a threat of the speaker's own side with could/may, and reads the other side's as a forecast", () => {
    expect(warnedForecast("Serbia warned Croatia that it could close the border crossings if the drills went ahead.")).toBe(false);
    expect(warnedForecast("Tokayev warned that Kazakhstan may send troops to the border.")).toBe(false);
    expect(warnedForecast("The Moldovan border police warned that Russia could send more drones over the river tonight.")).toBe(true);
  });
  it("keeps a happening told before the warning", () => {
    expect(warnedForecast("Russian drones struck Odesa overnight and the governor warned that more attacks could follow.")).toBe(false);
  });
});
