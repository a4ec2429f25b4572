import { escapeXml, unescapeXml } from "../../src/core/text";

describe("XML character references", () => {
  test.each([
    ["a &amp; b", "a & b"],
    ["&lt;x&gt; &quot;q&quot; &apos;", '<x> "q" \''],
    ["&#65;&#x42;&#x1F600;", "AB\u{1F600}"],
    ["&amp;lt;", "&lt;"], // one pass: an escaped ampersand is not decoded twice
    ["Kế hoạch &nbsp; &#xZZ;", "Kế hoạch &nbsp; &#xZZ;"], // unknown references stay as written
  ])("%p -> %p", (xml, text) => {
    expect(unescapeXml(xml)).toBe(text);
  });

  test("escape and unescape round-trip", () => {
    const s = `Tổ <1> & "Phòng" 'A'`;
    expect(unescapeXml(escapeXml(s))).toBe(s);
  });
});
