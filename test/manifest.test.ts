/**
 * @jest-environment jsdom
 */
/* Offline checks of manifest.xml (`npm run validate` keeps Microsoft's online validation). */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { ENGLISH_OFFICE_LOCALES, uiLanguage } from "../src/host/language";
import { pickLanguage } from "../src/taskpane/i18n";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const DEV = "https://localhost:3000/";

function all(name: string, ns?: string): Element[] {
  return Array.from(ns ? doc.getElementsByTagNameNS(ns, name) : doc.getElementsByTagName(name));
}

test("manifest.xml is well-formed XML with an OfficeApp TaskPaneApp root", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  const rootEl = doc.documentElement;
  expect(rootEl.localName).toBe("OfficeApp");
  expect(rootEl.getAttribute("xsi:type")).toBe("TaskPaneApp");
  expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
  expect(all("DefaultLocale")[0].textContent).toBe("vi-VN");
  const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  expect(set?.getAttribute("MinVersion")).toBe("1.7");
  expect(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(all("Id")[0].textContent ?? "")).toBe(
    true,
  );
});

test("ids are unique (resources and controls)", () => {
  const ids = all("*")
    .filter((e) => e.hasAttribute("id"))
    .map((e) => `${e.localName}:${e.getAttribute("id")}`);
  // Resource ids share one namespace per resource kind; control/group ids are global.
  const resourceIds = all("*")
    .filter((e) => e.hasAttribute("id") && e.namespaceURI === BT)
    .map((e) => e.getAttribute("id"));
  expect(new Set(resourceIds).size).toBe(resourceIds.length);
  expect(new Set(ids).size).toBe(ids.length);
  const controls = all("Control").map((c) => c.getAttribute("id"));
  expect(new Set(controls).size).toBe(controls.length);
});

test("every resid resolves to a resource of the right kind", () => {
  const byKind = {
    Image: new Set(
      all("Image", BT)
        .filter((e) => e.parentElement?.localName === "Images")
        .map((e) => e.getAttribute("id")),
    ),
    Url: new Set(all("Url", BT).map((e) => e.getAttribute("id"))),
    Short: new Set(
      Array.from(doc.getElementsByTagNameNS(BT, "ShortStrings")[0].children).map((e) => e.getAttribute("id")),
    ),
    Long: new Set(
      Array.from(doc.getElementsByTagNameNS(BT, "LongStrings")[0].children).map((e) => e.getAttribute("id")),
    ),
  };
  const refs = all("*").filter((e) => e.hasAttribute("resid"));
  expect(refs.length).toBeGreaterThan(10);
  for (const e of refs) {
    const id = e.getAttribute("resid");
    const kind =
      e.localName === "Image"
        ? "Image"
        : ["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(e.localName)
          ? "Url"
          : e.localName === "Description"
            ? "Long"
            : "Short";
    expect({ element: e.localName, id, found: byKind[kind].has(id) }).toEqual({
      element: e.localName,
      id,
      found: true,
    });
  }
});

test("display strings are Vietnamese with an English override, within Office's lengths", () => {
  for (const [listName, max] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ] as const) {
    for (const s of Array.from(doc.getElementsByTagNameNS(BT, listName)[0].children)) {
      expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      const en = Array.from(s.children).find((o) => o.localName === "Override" && o.getAttribute("Locale") === "en-US");
      expect({ id: s.getAttribute("id"), en: Boolean(en?.getAttribute("Value")) }).toEqual({
        id: s.getAttribute("id"),
        en: true,
      });
    }
  }
  for (const name of ["DisplayName", "Description"]) {
    const el = all(name).find((e) => e.parentElement === doc.documentElement)!;
    expect(Array.from(el.children).some((o) => o.getAttribute("Locale") === "en-US")).toBe(true);
  }
  const labels = ["Group.Label", "Check.Label", "Clear.Label", "Summary.Label", "Pane.Label"].map((id) =>
    all("String", BT)
      .find((s) => s.getAttribute("id") === id)
      ?.getAttribute("DefaultValue"),
  );
  expect(labels).toEqual(["Kế hoạch", "Kiểm tra", "Xóa tô màu", "Tạo tổng hợp", "Mở ngăn"]);
});

test("every URL is on the dev server (the build rewrites it) and every image exists with its size", () => {
  const urls = all("*")
    .flatMap((e) => ["DefaultValue"].map((a) => e.getAttribute(a) ?? ""))
    .filter((v) => v.startsWith("http"));
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls) expect(u.startsWith(DEV)).toBe(true);
  for (const img of all("Image", BT).filter((e) => e.parentElement?.localName === "Images")) {
    const rel = (img.getAttribute("DefaultValue") ?? "").slice(DEV.length);
    const file = join(root, rel);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    const size = Number(/-(\d+)\.png$/.exec(rel)?.[1]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  for (const rel of ["src/commands/commands.html", "src/commands/commands.ts"])
    expect(existsSync(join(root, rel))).toBe(true);
});

test("every ExecuteFunction is registered with Office.actions.associate in src/commands/commands.ts, and only those", () => {
  const source = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
  // Registered at load from one table (not inside Office.onReady: the template's way).
  const table = /const HANDLERS = \{([^}]*)\}/.exec(source);
  expect(table).not.toBeNull();
  const registered = new Set(
    table![1]
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  expect(source).toMatch(/Office\.actions\.associate\(name, fn\)/);
  expect(source.indexOf("Office.actions.associate")).toBeLessThan(source.indexOf("Office.onReady("));
  for (const fn of registered) expect(source).toMatch(new RegExp(`(function|const)\\s+${fn}\\b`));
  const functions = all("FunctionName").map((f) => (f.textContent ?? "").trim());
  expect(functions.sort()).toEqual(["checkPlan", "clearHighlights", "generateSummary"]);
  expect([...registered].sort()).toEqual(functions);
  // The function file is commands.html; the pane button opens taskpane.html.
  expect(
    all("Url", BT)
      .find((u) => u.getAttribute("id") === "Commands.Url")
      ?.getAttribute("DefaultValue"),
  ).toBe(`${DEV}commands.html`);
  expect(all("Action").filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")).toHaveLength(1);
});

/**
 * Element order of the add-in only manifest's XSDs (TaskPaneAppVersionOverrides 1.0 and
 * OfficeApp 1.1 TaskPaneApp): every element is a sequence, and Office rejects a manifest whose
 * children are out of order. Each list is the XSD sequence; optional elements may be absent.
 */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "VersionOverrides"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

test("children appear in the order of the manifest XSDs", () => {
  for (const [parent, order] of Object.entries(SEQUENCES)) {
    const parents = all(parent).filter((e) => parent !== "VersionOverrides" || e.parentElement === doc.documentElement);
    expect({ parent, found: parents.length > 0 }).toEqual({ parent, found: true });
    for (const p of parents) {
      const names = Array.from(p.children).map((c) => c.localName);
      for (const n of names)
        expect({ parent, child: n, known: order.includes(n) }).toEqual({ parent, child: n, known: true });
      const positions = names.map((n) => order.indexOf(n));
      expect({ parent, names, sorted: positions.every((x, i) => i === 0 || positions[i - 1] <= x) }).toEqual({
        parent,
        names,
        sorted: true,
      });
    }
  }
});

test("commands: ExecuteFunction has only a FunctionName; ShowTaskpane a TaskpaneId then a SourceLocation; icons 16/32/80", () => {
  for (const a of all("Action")) {
    const kids = Array.from(a.children).map((c) => c.localName);
    if (a.getAttribute("xsi:type") === "ExecuteFunction") expect(kids).toEqual(["FunctionName"]);
    else expect(kids).toEqual(["TaskpaneId", "SourceLocation"]);
  }
  for (const icon of all("Icon").filter((e) => e.namespaceURI !== BT)) {
    const sizes = Array.from(icon.children).map((c) => c.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  }
  // Control and group ids at most 125 characters; a FunctionName is a plain JS identifier.
  for (const e of [...all("Control"), ...all("Group")])
    expect((e.getAttribute("id") ?? "").length).toBeLessThanOrEqual(125);
  for (const f of all("FunctionName")) expect(f.textContent).toMatch(/^[A-Za-z_$][\w$]*$/);
  // URLs in resources at most 2048 characters (bt:Url) and HTTPS.
  for (const u of all("Url", BT)) expect(u.getAttribute("DefaultValue")).toMatch(/^https:\/\/.{1,2040}$/);
});

/** The display strings of the manifest: DisplayName, Description and every bt:String. */
function displayStrings(): Element[] {
  return [
    ...["DisplayName", "Description"].map((name) => all(name).find((e) => e.parentElement === doc.documentElement)!),
    ...Array.from(doc.getElementsByTagNameNS(BT, "ShortStrings")[0].children),
    ...Array.from(doc.getElementsByTagNameNS(BT, "LongStrings")[0].children),
  ];
}

test("one language rule: every English Office gets the English ribbon and the English pane, every other Office Vietnamese", () => {
  const strings = displayStrings();
  expect(strings.length).toBeGreaterThan(10);
  for (const s of strings) {
    const overrides = Array.from(s.children).filter((o) => o.localName === "Override");
    const byLocale = new Map(overrides.map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]));
    const en = byLocale.get("en-US");
    // The same English text for each English locale of the rule's list, and no other override.
    expect({ id: s.getAttribute("id") ?? s.localName, locales: [...byLocale.keys()].sort() }).toEqual({
      id: s.getAttribute("id") ?? s.localName,
      locales: [...ENGLISH_OFFICE_LOCALES].sort(),
    });
    for (const [locale, value] of byLocale) expect({ locale, value }).toEqual({ locale, value: en });
    expect(en).not.toBe(s.getAttribute("DefaultValue"));
  }
  // The pane (and the commands' notices, src/excel officeLang) follow the same rule.
  for (const locale of ENGLISH_OFFICE_LOCALES) {
    expect({ locale, pane: pickLanguage(locale) }).toEqual({ locale, pane: "en" });
    expect({ locale, pane: pickLanguage(locale.toLowerCase()) }).toEqual({ locale, pane: "en" });
  }
  for (const locale of ["vi-VN", "vi", "fr-FR", "zh-CN", "", null])
    expect({ locale, pane: uiLanguage(locale) }).toEqual({ locale, pane: "vi" });
});
