#!/usr/bin/env node
// Draws the Dialback icons (a phone handset with a call-back arrow on the brand colour) and writes
// them as PNG files, using only Node built-ins: shapes are signed-distance functions, sampled 8x8
// per pixel for anti-aliasing, and encoded by the small PNG writer below (zlib + CRC-32).
// Output is byte-for-byte deterministic, so the committed files can be checked against this script.
//
//   node scripts/make-icons.js [outDir]      (default: assets/)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BRAND = [0x0b, 0x6e, 0x69]; // deep teal; white glyph on it has a contrast ratio above 6:1
const WHITE = [0xff, 0xff, 0xff];

/** Square icons with the brand tile, and the monochrome outline Teams/unified manifests ask for. */
const ICONS = [
  { file: "icon-16.png", size: 16, style: "tile" },
  { file: "icon-32.png", size: 32, style: "tile" },
  { file: "icon-64.png", size: 64, style: "tile" },
  { file: "icon-80.png", size: 80, style: "tile" },
  { file: "icon-128.png", size: 128, style: "tile" },
  { file: "icon-192.png", size: 192, style: "tile" },
  { file: "outline-32.png", size: 32, style: "outline" },
];

// ---- geometry (unit square, y down) -------------------------------------------------------------

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance to a circular arc from angle a0 to a1 (radians, a0 < a1). */
function arcDistance(px, py, cx, cy, r, a0, a1) {
  let a = Math.atan2(py - cy, px - cx);
  if (a < a0 - Math.PI) a += 2 * Math.PI;
  if (a >= a0 && a <= a1) return Math.abs(Math.hypot(px - cx, py - cy) - r);
  const e0 = [cx + r * Math.cos(a0), cy + r * Math.sin(a0)];
  const e1 = [cx + r * Math.cos(a1), cy + r * Math.sin(a1)];
  return Math.min(Math.hypot(px - e0[0], py - e0[1]), Math.hypot(px - e1[0], py - e1[1]));
}

function roundedBoxDistance(u, v, halfU, halfV, radius) {
  const qx = Math.abs(u) - (halfU - radius);
  const qy = Math.abs(v) - (halfV - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function roundedSquareDistance(px, py, radius) {
  const qx = Math.abs(px - 0.5) - (0.5 - radius);
  const qy = Math.abs(py - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/**
 * The glyph as a signed distance (negative inside). `weight` thickens strokes for small sizes,
 * where a 1-pixel line would otherwise fade into the tile.
 */
function glyphDistance(x, y, weight) {
  // Centre the drawing (its natural bounding box is offset up and right).
  const px = x + 0.08;
  const py = y - 0.09;
  const deg = Math.PI / 180;
  const cx = 0.7;
  const cy = 0.3;
  const r = 0.4;
  const body = arcDistance(px, py, cx, cy, r, 92 * deg, 178 * deg) - 0.062 * weight;
  // Ear and mouth pieces: rounded pads at both ends, wider than the handle, pointing towards the
  // arc's centre (the caller's face).
  const cup = (angle) => {
    const ux = -Math.cos(angle); // inward, radial
    const uy = -Math.sin(angle);
    const depth = 0.075; // half extent inward
    const half = 0.1 * weight; // half extent along the arc
    const ox = cx + (r - depth + 0.05) * Math.cos(angle);
    const oy = cy + (r - depth + 0.05) * Math.sin(angle);
    const u = (px - ox) * ux + (py - oy) * uy;
    const v = -(px - ox) * uy + (py - oy) * ux;
    return roundedBoxDistance(u, v, depth, half, 0.045);
  };
  const handset = Math.min(body, cup(86 * deg), cup(184 * deg));
  // Call-back arrow: a diagonal shaft towards the handset with an L-shaped head at its tip.
  const stroke = 0.04 * weight;
  const tip = [0.57, 0.43];
  const shaft = segmentDistance(px, py, 0.87, 0.13, tip[0], tip[1]) - stroke;
  const headH = segmentDistance(px, py, tip[0], tip[1], tip[0] + 0.2, tip[1]) - stroke;
  const headV = segmentDistance(px, py, tip[0], tip[1], tip[0], tip[1] - 0.2) - stroke;
  return Math.min(handset, shaft, headH, headV);
}

// ---- rasterising --------------------------------------------------------------------------------

function render(size, style) {
  const samples = 8;
  const weight = size <= 16 ? 1.3 : size <= 32 ? 1.12 : 1;
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (col + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          if (roundedSquareDistance(x, y, 0.2) <= 0) tile++;
          if (glyphDistance(x, y, style === "outline" ? weight * 0.9 : weight) <= 0) glyph++;
        }
      }
      const n = samples * samples;
      const g = glyph / n;
      const i = (row * size + col) * 4;
      if (style === "outline") {
        // Teams outline icons: white glyph on a transparent background.
        WHITE.forEach((v, k) => (rgba[i + k] = v));
        rgba[i + 3] = Math.round(g * 255);
      } else {
        const t = tile / n;
        const alpha = Math.max(t, g);
        for (let k = 0; k < 3; k++) {
          // Glyph over tile, both anti-aliased; colour is un-premultiplied for PNG.
          const premultiplied = WHITE[k] * g + BRAND[k] * Math.max(0, t - g);
          rgba[i + k] = alpha === 0 ? 0 : Math.round(premultiplied / alpha);
        }
        rgba[i + 3] = Math.round(alpha * 255);
      }
    }
  }
  return rgba;
}

// ---- PNG encoding -------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  // Each scanline starts with filter type 0 (none); zlib does the rest.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    rgba.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const icon of ICONS) {
    const png = encodePng(icon.size, render(icon.size, icon.style));
    fs.writeFileSync(path.join(outDir, icon.file), png);
    console.log(`${path.join(outDir, icon.file)}  ${icon.size}x${icon.size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { ICONS, encodePng, render, crc32 };
