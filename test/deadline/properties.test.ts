import fc from "fast-check";
import { parseDeadline, DEADLINE_KINDS_PARSED } from "./support";
import { mutatedPhrase } from "./phrase-generators";

// 40,000 phrases here (a few seconds); the million-phrase run is `npx tsx bench/run.ts deadline`.
const RUNS = 40_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("parseDeadline on random and mutated phrases", () => {
  it("never throws, answers the same twice, and answers well-formed", () => {
    fc.assert(
      fc.property(mutatedPhrase, fc.integer({ min: 2000, max: 2040 }), (text, planYear) => {
        const a = parseDeadline(text, planYear);
        const b = parseDeadline(text, planYear);
        if (JSON.stringify(a) !== JSON.stringify(b)) return false;
        if (!DEADLINE_KINDS_PARSED.includes(a.kind)) return false;
        if (a.due !== null) {
          if (!ISO.test(a.due)) return false;
          const [y, m, d] = a.due.split("-").map(Number);
          if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return false; // a real day
        }
        if (a.invalidDate && a.kind !== "unparsed") return false;
        if ((a.kind === "date" || a.kind === "period") && a.due === null) return false;
        if ((a.kind === "conditional" || a.kind === "none" || a.kind === "unparsed") && a.due !== null) return false;
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it("reads the same without diacritics and in capitals", () => {
    const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    fc.assert(
      fc.property(mutatedPhrase, (text) => {
        const a = JSON.stringify(parseDeadline(text, 2025));
        return JSON.stringify(parseDeadline(strip(text), 2025)) === a && JSON.stringify(parseDeadline(text.toUpperCase(), 2025)) === a;
      }),
      { numRuns: 5_000 },
    );
  });
});
