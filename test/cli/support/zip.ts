/**
 * Hand-built zip files whose central directory says what a test wants: honest sizes, lies, ZIP64.
 * No CRC (0): the command line must refuse these before anything would check one.
 */
import * as zlib from "zlib";

export interface ZipPart {
  name: string;
  /** The part's bytes, deflated here; or `deflated` given as is. */
  data?: Buffer;
  deflated?: Buffer;
  /** The uncompressed size the central directory states (default: the real one). */
  claimedSize?: number;
  /** Write the sizes as ZIP64 (0xFFFFFFFF in the record, 8 bytes in the extra field). */
  zip64?: boolean;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const body = p.deflated ?? zlib.deflateRawSync(p.data ?? Buffer.alloc(0));
    const size = p.claimedSize ?? p.data?.length ?? 0;
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const extra = p.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (p.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(p.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * An OLE compound file as far as a reader of its directory sees it: the signature, a 512-byte
 * header, and 128-byte directory entries with the given stream names (an encrypted .xlsx has
 * "EncryptionInfo" and "EncryptedPackage"; a legacy .xls has "Workbook").
 */
export function buildOle(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift
  header.writeUInt32LE(0, 0x30); // first directory sector: sector 0 (file offset 512)
  const entries = ["Root Entry", ...streams].map((name, i) => {
    const e = Buffer.alloc(128);
    const n = Buffer.from(`${name}\0`, "utf16le");
    n.copy(e, 0);
    e.writeUInt16LE(n.length, 64);
    e.writeUInt8(i === 0 ? 5 : 2, 66); // root storage / stream
    return e;
  });
  const directory = Buffer.concat(entries);
  const padded = Buffer.alloc(Math.ceil(directory.length / 512) * 512);
  directory.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(4096, 0x5a)]);
}
