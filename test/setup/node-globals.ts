/**
 * jsdom's environment lacks some globals the browser page's host uses and every browser has
 * (TextDecoder/TextEncoder for the .xlsx reader): taken from Node for the tests that run the page's
 * real host inside jsdom (a setup file of the jsdom project, jest.config.js).
 */
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = TextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = TextEncoder;
