import { inflateEntry, inflateWhole, readZipDirectory, ZipLimitError, type ZipEntry } from "./zip";
import { parseContentTypes, parseRelationships, relsPartName, type ContentTypes, type Relationship } from "./opc";

/**
 * An opened OOXML package: the zip's entries by part name (case-insensitive, as OPC says), parts
 * inflated on demand within limits on each part and on the whole package.
 */

export interface PackageLimits {
  /** Most uncompressed bytes of one part. */
  maxEntryBytes: number;
  /** Most uncompressed bytes read from the package in all. */
  maxTotalBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

export class Package {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private inflated = 0;
  private contentTypesCache: ContentTypes | null = null;

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
  ) {
    this.entries = readZipDirectory(bytes);
    for (const e of this.entries) this.byName.set(e.name.replace(/^\/+/, "").toLowerCase(), e);
  }

  entry(partName: string): ZipEntry | undefined {
    return this.byName.get(partName.replace(/^\/+/, "").toLowerCase());
  }

  has(partName: string): boolean {
    return this.entry(partName) !== undefined;
  }

  private budget(entry: ZipEntry): number {
    const left = this.limits.maxTotalBytes - this.inflated;
    if (left <= 0) throw new ZipLimitError(entry.name, this.limits.maxTotalBytes, "total");
    return Math.min(this.limits.maxEntryBytes, left);
  }

  private count(entry: ZipEntry, n: number, limit: number): void {
    this.inflated += n;
    if (n > limit) throw new ZipLimitError(entry.name, limit, limit === this.limits.maxEntryBytes ? "entry" : "total");
  }

  /** A whole part's bytes, or null when the package has no such part. */
  read(partName: string): Uint8Array | null {
    const e = this.entry(partName);
    if (!e) return null;
    const limit = this.budget(e);
    const out = inflateWhole(this.bytes, e, limit);
    this.count(e, out.length, limit);
    return out;
  }

  /** Streams a part in chunks; false when there is no such part. */
  stream(partName: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const e = this.entry(partName);
    if (!e) return false;
    const limit = this.budget(e);
    let n = 0;
    try {
      n = inflateEntry(this.bytes, e, limit, onChunk);
    } catch (err) {
      if (err instanceof ZipLimitError && limit < this.limits.maxEntryBytes)
        throw new ZipLimitError(e.name, this.limits.maxTotalBytes, "total");
      throw err;
    }
    this.count(e, n, limit);
    return true;
  }

  /** The relationships of a part (empty when it has none). */
  rels(partName: string): Relationship[] {
    const key = partName.toLowerCase();
    let r = this.relsCache.get(key);
    if (!r) {
      const bytes = this.read(relsPartName(partName));
      r = bytes ? parseRelationships(bytes, partName) : [];
      this.relsCache.set(key, r);
    }
    return r;
  }

  contentTypes(): ContentTypes {
    if (!this.contentTypesCache) {
      const bytes = this.read("[Content_Types].xml");
      this.contentTypesCache = bytes ? parseContentTypes(bytes) : { defaults: new Map(), overrides: new Map() };
    }
    return this.contentTypesCache;
  }

  /** The package's main part (the workbook), through the root relationships. */
  mainPart(): string | null {
    const rel = this.rels("").find((r) => !r.external && r.type === "officeDocument");
    if (rel && this.has(rel.target)) return rel.target;
    return this.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  }
}
