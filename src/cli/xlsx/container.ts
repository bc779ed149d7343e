/**
 * What a workbook file holds, read from its bytes before any library inflates it: an .xlsx is a
 * zip, whose central directory states each part's uncompressed size; an encrypted .xlsx or a
 * legacy .xls is an OLE compound file. A 1 MB zip can hold 400 MB of sheet XML, which exceljs
 * would inflate whole (Node ran out of heap after minutes): such a file is refused up front.
 */
import * as zlib from "zlib";

const MB = 1024 * 1024;

/** A base sheet never needs more than a few MB; these limits are generous. */
export const ZIP_LIMITS = { part: 100 * MB, total: 500 * MB };

/** Deflate's best ratio is 1032:1: a part with less compressed data than limit/1032 cannot pass it. */
const DEFLATE_MAX_RATIO = 1032;

export type Container =
  | { kind: "zip" }
  /** An OLE compound file with an EncryptionInfo stream: an .xlsx saved with a password. */
  | { kind: "encrypted" }
  /** Another OLE compound file: a legacy .xls (or .et, .doc). */
  | { kind: "ole" }
  | { kind: "tooLarge"; size: number; limit: number; part?: string }
  /** Neither: exceljs will say what is wrong. */
  | { kind: "unknown" };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  localOffset: number;
}

export async function inspectContainer(data: Buffer): Promise<Container> {
  if (data.subarray(0, 8).equals(OLE_MAGIC))
    return { kind: hasEncryptionInfo(data) ? "encrypted" : "ole" };
  if (data.readUInt32LE(0) !== 0x04034b50 || data.length < 22) return { kind: "unknown" };
  const entries = centralDirectory(data);
  if (!entries) return { kind: "unknown" };
  // Bit 0 of the flags: a zip encrypted with a password (not how Excel encrypts, but unreadable too).
  if (entries.some((e) => e.flags & 1)) return { kind: "encrypted" };
  return checkSizes(data, entries);
}

/** The sizes the directory states, then the real ones where a lie could pass the limits. */
async function checkSizes(data: Buffer, entries: Entry[]): Promise<Container> {
  let total = 0;
  for (const e of entries) {
    if (e.size > ZIP_LIMITS.part)
      return { kind: "tooLarge", size: e.size, limit: ZIP_LIMITS.part, part: e.name };
    total += e.size;
  }
  if (total > ZIP_LIMITS.total) return { kind: "tooLarge", size: total, limit: ZIP_LIMITS.total };
  const compressedTotal = entries.reduce((s, e) => s + e.compressed, 0);
  const totalAtRisk = compressedTotal * DEFLATE_MAX_RATIO > ZIP_LIMITS.total;
  total = 0;
  for (const e of entries) {
    const atRisk = e.compressed * DEFLATE_MAX_RATIO > ZIP_LIMITS.part || totalAtRisk;
    let size = e.size;
    if (e.method === 8 && atRisk) {
      const body = entryData(data, e);
      if (body) size = Math.max(size, await inflatedSize(body, ZIP_LIMITS.part));
    }
    if (size > ZIP_LIMITS.part)
      return { kind: "tooLarge", size, limit: ZIP_LIMITS.part, part: e.name };
    total += size;
    if (total > ZIP_LIMITS.total) return { kind: "tooLarge", size: total, limit: ZIP_LIMITS.total };
  }
  return { kind: "zip" };
}

/** The central directory's entries (ZIP64 sizes included), or undefined when it cannot be read. */
function centralDirectory(data: Buffer): Entry[] | undefined {
  const eocd = findEndRecord(data);
  if (eocd < 0) return undefined;
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = zip64End(data, eocd);
    if (!zip64) return undefined;
    ({ count, offset } = zip64);
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) return undefined;
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const entry: Entry = {
      name: data.toString("utf8", p + 46, p + 46 + nameLength),
      flags: data.readUInt16LE(p + 8),
      method: data.readUInt16LE(p + 10),
      compressed: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: within the last 64 KB (its comment may follow it). */
function findEndRecord(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let p = data.length - 22; p >= stop; p--) if (data.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}

function zip64End(data: Buffer, eocd: number): { count: number; offset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== 0x07064b50) return undefined;
  const at = Number(data.readBigUInt64LE(locator + 8));
  if (at + 56 > data.length || data.readUInt32LE(at) !== 0x06064b50) return undefined;
  return {
    count: Number(data.readBigUInt64LE(at + 32)),
    offset: Number(data.readBigUInt64LE(at + 48)),
  };
}

/** ZIP64 extra field (0x0001): the 8-byte sizes stand in for those saturated at 0xFFFFFFFF. */
function applyZip64Extra(e: Entry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = q + 8 <= p + 4 + length ? Number(extra.readBigUInt64LE(q)) : undefined;
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next() ?? e.size;
      if (e.compressed === 0xffffffff) e.compressed = next() ?? e.compressed;
      if (e.localOffset === 0xffffffff) e.localOffset = next() ?? e.localOffset;
    }
    p += 4 + length;
  }
}

/** An entry's compressed bytes, found through its local header. */
function entryData(data: Buffer, e: Entry): Buffer | undefined {
  const p = e.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== 0x04034b50) return undefined;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  return data.subarray(start, Math.min(data.length, start + e.compressed));
}

/** How many bytes `body` inflates to, counting without keeping them, stopping past `cap`. */
function inflatedSize(body: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    let n = 0;
    inflate.on("data", (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        inflate.destroy();
        resolve(n);
      }
    });
    inflate.on("end", () => resolve(n));
    // Damaged data: exceljs reports it when it reads the file.
    inflate.on("error", () => resolve(n));
    inflate.end(body);
  });
}

/**
 * An OLE directory entry named "EncryptionInfo": entries are 128 bytes, aligned to 128 in the
 * file, each starting with its UTF-16LE name, with the name's byte length (with the NUL) at 64.
 */
function hasEncryptionInfo(data: Buffer): boolean {
  const name = Buffer.from("EncryptionInfo\0", "utf16le");
  for (let p = 512; p + 128 <= data.length; p += 128) {
    if (data[p] === 0x45 && data.readUInt16LE(p + 64) === name.length) {
      if (data.subarray(p, p + name.length).equals(name)) return true;
    }
  }
  return false;
}

/** One part of a zip, inflated (e.g. "xl/workbook.xml"), or undefined when it is absent or unreadable. */
export function zipPart(data: Buffer, name: string): Buffer | undefined {
  const entry = centralDirectory(data)?.find((e) => e.name === name);
  const body = entry && entryData(data, entry);
  if (!entry || !body || entry.size > ZIP_LIMITS.part) return undefined;
  try {
    if (entry.method === 0) return body;
    return entry.method === 8 ? zlib.inflateRawSync(body) : undefined;
  } catch {
    return undefined;
  }
}
