/**
 * First module of the ribbon commands bundle (webpack entry order): the built-ins that the
 * bundle, webpack's chunk loader and Babel's helpers need before any other code runs, for
 * Internet Explorer 11 (Office 2016/2019 volume-licensed), EdgeHTML and old WebKit.
 *
 * Babel (preset-env, useBuiltIns "usage") also adds the core-js module for each built-in a file
 * uses; this list is the part that usage analysis cannot see: webpack's runtime (Promise for
 * lazy chunks), iteration (Symbol.iterator for for…of and spread, generators' runtime) and the
 * collections that cross module boundaries. String.prototype.normalize is not in core-js:
 * commands.html loads unorm before this bundle where it is missing.
 *
 * test/build/commands-bundle.test.ts runs the built bundle in a context without these built-ins.
 */
import "core-js/es/promise";
import "core-js/es/symbol";
import "core-js/es/array/iterator";
import "core-js/es/string/iterator";
import "core-js/es/map";
import "core-js/es/set";
import "core-js/es/weak-map";
import "core-js/es/object";
import "core-js/es/array";
import "core-js/es/string";
import "core-js/es/number";
import "core-js/es/math";
import "core-js/es/global-this";
import "core-js/es/reflect";

/**
 * zod builds its int64/uint64 bounds with BigInt("…") when it loads; ES5 engines have no BigInt
 * (nor can it be polyfilled), and none of our schemas uses a bigint. Without a stand-in the whole
 * bundle stops at load in Internet Explorer 11. The stand-in gives Numbers.
 */
const root = globalThis as unknown as { BigInt?: (value: unknown) => unknown };
if (typeof root.BigInt === "undefined") root.BigInt = (value: unknown) => Number(value);
