/**
 * The production bundles parse where the manifest says they run (issue 10, item 1):
 *  - the ribbon commands (commands.html and every file it can load) as ES5: Internet Explorer 11
 *    runs them in Office 2016/2019 volume-licensed;
 *  (the pane is still built as before, for current webviews: its ES2017 build is over the size budget);
 *  - the legacy guard inlined in the pane's pages as ES5, before the bundle.
 * acorn rejects syntax and regular-expression features newer than the ecmaVersion it is given
 * (the u/y/s flags, lookbehind and named groups in ES5, \p{…} in ES2017).
 */
import { parse } from "acorn";
import { BUILD_TIMEOUT_MS, distJs, ensureBuild, inlineScriptsOf, readDist, scriptsOf } from "./dist";

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

/** Parses, or gives acorn's message with the code around the position. */
function parseError(code: string, ecmaVersion: 5 | 2017): string | null {
  try {
    parse(code, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message}: …${code.slice(Math.max(0, pos - 80), pos + 80)}…`;
  }
}

test("the ribbon commands parse as ES5: the page's scripts and every chunk they load", () => {
  const page = scriptsOf("commands.html");
  expect(page.some((f) => /^commands\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  const files = [...new Set([...page, ...distJs().filter((f) => f.startsWith("commands"))])];
  expect(files.length).toBeGreaterThanOrEqual(3); // bundle, unorm, the lazy jszip for merges
  for (const file of files) expect({ file, error: parseError(readDist(file), 5) }).toEqual({ file, error: null });
  for (const { code } of inlineScriptsOf("commands.html"))
    expect({ inline: code.slice(0, 60), error: parseError(code, 5) }).toEqual({
      inline: code.slice(0, 60),
      error: null,
    });
});

test("the pane's pages run the ES5 legacy guard before the bundle", () => {
  for (const page of ["taskpane.html", "index.html"]) {
    const html = readDist(page);
    const guard = inlineScriptsOf(page).find((s) => s.code.includes("__khLegacyWebview"));
    expect({ page, guard: Boolean(guard) }).toEqual({ page, guard: true });
    expect(parseError(guard!.code, 5)).toBeNull();
    const bundle = html.search(/<script\b[^>]*\bsrc=["']?taskpane\./);
    expect(bundle).toBeGreaterThan(guard!.at);
  }
});
