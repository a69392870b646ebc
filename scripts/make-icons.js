#!/usr/bin/env node
/**
 * Draws the add-in's icons: a rounded green square with a white check mark, as RGBA PNGs at
 * 16, 32, 64, 80 and 128 px, into assets/. No dependencies: the shapes are signed distances,
 * sampled 8x8 per pixel for smooth edges, and the PNG is written by hand (zlib + CRC-32).
 * The output is deterministic, so re-running it leaves the committed files unchanged.
 *
 *   node scripts/make-icons.js            write assets/icon-<size>.png
 *   node scripts/make-icons.js --check    exit 1 if a committed icon differs from what it would draw
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41]; // Excel's green: reads as "spreadsheet" and as "pass"
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

// ---------------------------------------------------------------- geometry (unit square 0..1)

/** Signed distance to a rounded rectangle centred at (0.5, 0.5); negative inside. */
function roundedRect(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - radius;
}

/** Distance from (x, y) to the segment a-b. */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * The mark for one size. Small icons get a thicker stroke and a square that fills the whole
 * canvas, so the check stays legible at 16 px.
 */
function shapeFor(size) {
  const small = size <= 20;
  return {
    half: small ? 0.5 : 0.47,
    radius: small ? 0.16 : 0.2,
    stroke: small ? 0.2 : size <= 32 ? 0.15 : 0.12,
    check: [
      [0.25, 0.52],
      [0.43, 0.7],
      [0.76, 0.32],
    ],
  };
}

/** Signed distances (unit square) to the square's edge and to the check stroke's edge. */
function distances(x, y, shape) {
  const [a, b, c] = shape.check;
  const d = Math.min(segment(x, y, a[0], a[1], b[0], b[1]), segment(x, y, b[0], b[1], c[0], c[1]));
  return { square: roundedRect(x, y, shape.half, shape.radius), check: d - shape.stroke / 2 };
}

/** RGBA pixels, row by row. */
function draw(size) {
  const shape = shapeFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  const all = SAMPLES * SAMPLES;
  // A pixel whose centre is more than half its diagonal from every edge lies wholly on one
  // side of each; only pixels near an edge need sampling (the result is the same either way).
  const margin = 0.75 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      const centre = distances((px + 0.5) / size, (py + 0.5) / size, shape);
      if (Math.abs(centre.square) > margin && Math.abs(centre.check) > margin) {
        square = centre.square <= 0 ? all : 0;
        check = centre.square <= 0 && centre.check <= 0 ? all : 0;
      } else {
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const d = distances((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, shape);
            if (d.square <= 0) {
              square++;
              if (d.check <= 0) check++;
            }
          }
        }
      }
      if (square === 0) continue; // fully transparent
      // Within the square, mix green and white by how much of the covered area is the check.
      const o = (py * size + px) * 4;
      const t = check / square;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(GREEN[i] * (1 - t) + WHITE[i] * t);
      rgba[o + 3] = Math.round((255 * square) / all);
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- PNG writer

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlace, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function iconPng(size) {
  return encodePng(size, size, draw(size));
}

// ---------------------------------------------------------------- command line

function main(argv) {
  const check = argv.includes('--check');
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = iconPng(size);
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
      if (!same) {
        stale++;
        console.error(`${path.relative(process.cwd(), file)} differs from what make-icons.js draws`);
      }
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

module.exports = { SIZES, iconPng, encodePng, crc32 };

if (require.main === module) main(process.argv.slice(2));
