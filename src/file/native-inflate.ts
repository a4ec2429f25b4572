import { inflateRawSync } from "zlib";
import { useNativeInflate } from "./package/zip";

/** Node only: package parts inflate with Node's zlib (faster than fflate here). Import once for its effect. */
useNativeInflate((data, maxOutputLength) => {
  const buf = inflateRawSync(data, { maxOutputLength });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
});
