/** Browser APIs jsdom lacks that Fluent UI components call on mount (they do nothing here). */
export {};

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoopResizeObserver });
}

/**
 * No style rules in these tests. jsdom lays nothing out, so the rules change nothing a test can
 * see, but its getComputedStyle applies every matching rule on every call (and again for each
 * ancestor, for inherited properties), and Fluent's pop-up positioning (floating-ui) and
 * testing-library's accessibility checks call it thousands of times: with the rules in place, one
 * drop-down choice took seconds and the pane's tests ~100 s. Fluent UI inserts all its rules
 * (Griffel's classes, FluentProvider's theme of ~450 custom properties) with insertRule.
 */
if (typeof CSSStyleSheet !== "undefined") {
  CSSStyleSheet.prototype.insertRule = function insertNothing(): number {
    return 0;
  };
}
