/**
 * First module of the pane's bundle (webpack entry order): the few built-ins our own code calls
 * that the pane's oldest webviews lack (Safari 11 on older Macs running Office 2019, Chrome 58):
 * Object.fromEntries, String.prototype.matchAll and trimStart, Array.prototype.flat and flatMap.
 * Installed only where missing. Written here rather than taken from core-js: Babel's per-use
 * core-js polyfills cost ~38 KB gzip of the pane's 250 KB budget and these five from core-js ~10 KB,
 * for the general cases our code never meets. The libraries (React, Fluent UI) need none.
 * test/build/pane-polyfills.test.ts checks them against the engine's own methods.
 */

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

export function installPanePolyfills(): void {
  define(Object, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
    const out: Record<PropertyKey, unknown> = {};
    for (const [key, value] of entries) out[key] = value;
    return out;
  });

  define(String.prototype, "matchAll", function matchAll(this: string, pattern: RegExp) {
    if (!(pattern instanceof RegExp) || !pattern.global) throw new TypeError("matchAll needs a RegExp with the g flag");
    const re = new RegExp(pattern.source, pattern.flags);
    re.lastIndex = pattern.lastIndex;
    const text = String(this);
    const found: RegExpExecArray[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      if (m[0] === "") re.lastIndex++;
    }
    return found[Symbol.iterator]();
  });

  define(String.prototype, "trimStart", function trimStart(this: string) {
    return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
  });

  const flat = function flat(this: unknown[], depth = 1): unknown[] {
    const out: unknown[] = [];
    const walk = (items: unknown[], level: number) => {
      for (let i = 0; i < items.length; i++) {
        if (!(i in items)) continue;
        const item = items[i];
        if (Array.isArray(item) && level > 0) walk(item, level - 1);
        else out.push(item);
      }
    };
    walk(this, Math.floor(Number(depth)) || 0);
    return out;
  };
  define(Array.prototype, "flat", flat);
  define(
    Array.prototype,
    "flatMap",
    function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
      return flat.call(
        this.map((v, i, a) => fn.call(thisArg, v, i, a)),
        1,
      );
    },
  );
}

installPanePolyfills();
