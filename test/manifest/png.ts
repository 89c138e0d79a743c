// Reads the pixel size of a PNG from its IHDR chunk, after checking the signature and the chunk CRC,
// so a truncated or mislabelled file fails instead of reporting a size.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// zlib.crc32 only exists from Node 20.15; the project supports any Node 20.
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.length < 33 || !data.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG file");
  const length = data.readUInt32BE(8);
  if (length !== 13 || data.toString("ascii", 12, 16) !== "IHDR") throw new Error("PNG does not start with IHDR");
  const stored = data.readUInt32BE(16 + length);
  if (crc32(data.subarray(12, 16 + length)) !== stored) throw new Error("PNG IHDR checksum mismatch");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
