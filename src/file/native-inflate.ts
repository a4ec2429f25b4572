import { deflateRawSync, inflateRawSync } from "zlib";
import { useNativeDeflate } from "./package/zip-write";
import { useNativeInflate } from "./package/zip";

/** Node only: package parts inflate and new parts deflate with Node's zlib (faster than fflate here). Import once for its effect. */
useNativeInflate((data, maxOutputLength) => {
  const buf = inflateRawSync(data, { maxOutputLength });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
});

useNativeDeflate((data) => {
  const buf = deflateRawSync(data, { level: 6 });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
});
