import { describe, expect, it } from "vitest";
import { sharedPassiveAuxiliary } from "./passive-member";

describe("sharedPassiveAuxiliary", () => {
  it("reads a participle after a passive verb group and 'and' as passive", () => {
    expect(sharedPassiveAuxiliary("The editor was detained in Minsk in May and ", "sentenced to ten years in June")).toBe("was");
    expect(sharedPassiveAuxiliary("Two pilots were captured near Kursk in 2024 and ", "released in a swap in March")).toBe("were");
    expect(sharedPassiveAuxiliary("The mayor was arrested on Monday and ", "taken to Lviv")).toBe("was");
  });
  it("keeps active a verb that goes without an object, one followed by its object, and a member after an active verb", () => {
    expect(sharedPassiveAuxiliary("The sergeant was wounded near Lyman in June and ", "returned to his unit in August")).toBeNull();
    expect(sharedPassiveAuxiliary("The senator was elected in 2019 and ", "served two terms")).toBeNull();
    expect(sharedPassiveAuxiliary("The editor visited Minsk in May and ", "returned in June")).toBeNull();
    expect(sharedPassiveAuxiliary("The editor was detained in May, police said, and ", "released in June")).toBeNull();
  });
});
