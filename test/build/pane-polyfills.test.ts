/* src/taskpane/polyfills.ts: where the webview lacks them, the stand-ins behave as the engine's own methods. */
import { installPanePolyfills } from "../../src/taskpane/polyfills";

const TARGETS: [object, string][] = [
  [Object, "fromEntries"],
  [String.prototype, "matchAll"],
  [String.prototype, "trimStart"],
  [Array.prototype, "flat"],
  [Array.prototype, "flatMap"],
];

/** Runs `check` with the natives removed and the stand-ins installed, then puts the natives back. */
function withStandIns(check: () => void): void {
  const saved = TARGETS.map(([o, n]) => Object.getOwnPropertyDescriptor(o, n)!);
  try {
    for (const [o, n] of TARGETS) delete (o as Record<string, unknown>)[n];
    installPanePolyfills();
    for (const [o, n] of TARGETS) expect(typeof (o as Record<string, unknown>)[n]).toBe("function");
    check();
  } finally {
    TARGETS.forEach(([o, n], i) => Object.defineProperty(o, n, saved[i]));
  }
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));

test("the stand-ins give what the natives give", () => {
  const text = "Quý I/2025, quý II/2025 và 15/6/2026; 30%, 45 %";
  const cases = {
    fromEntries: () =>
      Object.fromEntries([
        ["a", 1],
        ["b", [2]],
        ["a", 3],
      ] as [string, unknown][]),
    fromMap: () => Object.fromEntries(new Map([["x", 1]])),
    matchAll: () => [...text.matchAll(/(\d+)\s?%/g)].map((m) => [m[0], m[1], m.index]),
    matchAllEmpty: () => [..."abc".matchAll(/x*/g)].map((m) => [m[0], m.index]),
    matchAllLastIndex: () => {
      const re = /\d/g;
      re.lastIndex = 3;
      return [..."1 2 3 4".matchAll(re)].map((m) => m.index);
    },
    trimStart: () => ["  \u00a0\ufeff\tx y  ", "", "x"].map((s) => s.trimStart()),
    flat: () => [[1, [2, [3, [4]]]], 5, [], [[6]]].flat(),
    flat2: () => [[1, [2, [3, [4]]]]].flat(2),
    flatInfinity: () => [[1, [2, [3, [4]]]]].flat(Infinity),
    flatMap: () => ["a b", "c"].flatMap((s, i) => [...s.split(" "), i]),
    flatMapNested: () => [1, 2].flatMap((n) => [[n]]),
  };
  const native = Object.fromEntries(Object.entries(cases).map(([k, f]) => [k, plain(f())]));
  withStandIns(() => {
    const standIn: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(cases)) standIn[k] = plain(f());
    expect(standIn).toEqual(native);
    expect(() => "a".matchAll(/a/ as RegExp)).toThrow(TypeError);
  });
});

test("natives are left alone where they exist", () => {
  const before = TARGETS.map(([o, n]) => (o as Record<string, unknown>)[n]);
  installPanePolyfills();
  expect(TARGETS.map(([o, n]) => (o as Record<string, unknown>)[n])).toEqual(before);
});
