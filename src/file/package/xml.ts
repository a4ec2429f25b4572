import { SaxesParser, type SaxesTagPlain } from "saxes";
import { unescapeXml } from "../../core/text";

/**
 * Streaming XML over package parts (saxes), by LOCAL names: a prefix (`x:c`, `r:id`) and the
 * namespace (transitional or strict OOXML) do not matter, so every writer's spelling reads alike.
 */

export type Attrs = Record<string, string>;

export interface XmlHandler {
  open?(name: string, attrs: Attrs): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (qname: string): string => {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
};

function localAttrs(tag: SaxesTagPlain): Attrs {
  const attrs = tag.attributes as Record<string, string>;
  // Most attributes have no prefix (r, s, t on every cell): then the object is used as it is.
  let prefixed = false;
  for (const k in attrs) {
    if (k.indexOf(":") >= 0 || k === "xmlns") {
      prefixed = true;
      break;
    }
  }
  if (!prefixed) return attrs;
  const out: Attrs = {};
  for (const k in attrs) {
    if (k === "xmlns" || k.startsWith("xmlns:")) continue;
    out[localName(k)] = attrs[k];
  }
  return out;
}

/** A push parser: feed decoded text with write(), then close(). Errors are thrown (malformed XML). */
export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder("utf-8");

  constructor(handler: XmlHandler) {
    const p = this.parser;
    if (handler.open) {
      const open = handler.open;
      p.on("opentag", (tag) => open(localName(tag.name), localAttrs(tag as SaxesTagPlain)));
    }
    if (handler.close) {
      const close = handler.close;
      p.on("closetag", (tag) => close(localName(tag.name)));
    }
    if (handler.text) {
      const text = handler.text;
      p.on("text", text);
      p.on("cdata", text);
    }
    p.on("error", (e) => {
      throw e;
    });
  }

  /** Feeds raw bytes (UTF-8, chunks may split characters). */
  writeBytes(chunk: Uint8Array): void {
    const s = this.decoder.decode(chunk, { stream: true });
    if (s) this.parser.write(s);
  }

  close(): void {
    const rest = this.decoder.decode();
    if (rest) this.parser.write(rest);
    this.parser.close();
  }
}

/** Parses a whole (small) part. */
export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  const x = new XmlStream(handler);
  x.writeBytes(bytes);
  x.close();
}

export { unescapeXml };
