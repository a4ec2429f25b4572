import { readdirSync } from "fs";
import { RULES } from "../../../src/core/deadline";

describe("the deadline rules", () => {
  it("each has its own test file named after it", () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".test.ts"));
    for (const r of RULES) expect(files).toContain(`${r.name.replace(/ /g, "-")}.test.ts`);
  });
  it("have distinct names", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });
});
