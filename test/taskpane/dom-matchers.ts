/**
 * The few DOM matchers these tests use (what @testing-library/jest-dom would give), kept local so
 * the project needs no extra package.
 */
export {};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeInTheDocument(): R;
      toHaveTextContent(text: string | RegExp): R;
      toBeEnabled(): R;
      toBeDisabled(): R;
      toHaveAttribute(name: string, value?: string): R;
      toHaveValue(value: string): R;
    }
  }
}

function el(received: unknown): Element {
  if (!(received instanceof Element)) throw new Error(`expected a DOM element, got ${String(received)}`);
  return received;
}

function isDisabled(e: Element): boolean {
  return (e as HTMLButtonElement).disabled === true || e.getAttribute("aria-disabled") === "true";
}

expect.extend({
  toBeInTheDocument(received: unknown) {
    const pass = received instanceof Element && received.ownerDocument.contains(received);
    return { pass, message: () => `expected element ${pass ? "not " : ""}to be in the document` };
  },
  toHaveTextContent(received: unknown, text: string | RegExp) {
    const content = (el(received).textContent ?? "").replace(/\s+/g, " ");
    const pass = typeof text === "string" ? content.includes(text) : text.test(content);
    return { pass, message: () => `expected text ${JSON.stringify(content)} ${pass ? "not " : ""}to contain ${String(text)}` };
  },
  toBeEnabled(received: unknown) {
    const pass = !isDisabled(el(received));
    return { pass, message: () => `expected element to be ${pass ? "disabled" : "enabled"}` };
  },
  toBeDisabled(received: unknown) {
    const pass = isDisabled(el(received));
    return { pass, message: () => `expected element to be ${pass ? "enabled" : "disabled"}` };
  },
  toHaveAttribute(received: unknown, name: string, value?: string) {
    const actual = el(received).getAttribute(name);
    const pass = value === undefined ? actual !== null : actual === value;
    return { pass, message: () => `expected attribute ${name}=${JSON.stringify(value)}, got ${JSON.stringify(actual)}` };
  },
  toHaveValue(received: unknown, value: string) {
    const e = el(received) as HTMLInputElement;
    const actual = "value" in e ? String(e.value) : ((e as Element).textContent ?? "");
    return { pass: actual === value, message: () => `expected value ${JSON.stringify(value)}, got ${JSON.stringify(actual)}` };
  },
});
