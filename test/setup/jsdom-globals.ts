/**
 * jest's jsdom lacks TextDecoder/TextEncoder, which every browser the pane runs in has (the file
 * layer's zip reader builds its decoders at load time). Node's are the same WHATWG classes.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
