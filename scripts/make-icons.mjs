// Draws the add-in's icon (a radar sweep over a calendar-blue disc) as PNGs of 16, 32, 64 and 80 px.
// Run once; the PNGs are committed. Uses only Node's zlib.
import { writeFileSync } from "fs";
import { deflateSync } from "zlib";

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = (size - 1) / 2,
    r = size / 2 - 0.5;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = x - c,
        dy = y - c,
        d = Math.hypot(dx, dy);
      let px = [0, 0, 0, 0];
      if (d <= r) {
        px = [16, 110, 190, 255]; // disc
        const ang = Math.atan2(-dy, dx);
        if (ang > 0.2 && ang < 1.1 && d < r * 0.92) px = [120, 200, 120, 255]; // sweep
        for (const ring of [0.35, 0.7])
          if (Math.abs(d - r * ring) < Math.max(0.6, size / 40)) px = [235, 245, 255, 255];
        if (d < Math.max(1, size / 16)) px = [255, 200, 40, 255]; // centre
      }
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
for (const s of [16, 32, 64, 80]) writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), png(s));
console.log("icons written");
