// Makes the kitchen screen's static files in public/kds/: the alert chime (WAV) and the home-screen
// icons (PNG), drawn here so the project owns every byte it ships. Run: npx tsx scripts/kitchen-assets.ts
// (an optional folder argument writes elsewhere: the test regenerates and compares).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { encodeWav, mixNotes } from "./wav";

const OUT = path.resolve(process.argv[2] ?? path.join("public", "kds"));

/** A two-note chime (E6 then A5), 16-bit mono PCM, with soft attack and decay so it does not click. */
function chimeWav(): Buffer {
  const rate = 22_050;
  const notes = [
    { freq: 1318.5, start: 0, length: 0.28 },
    { freq: 880, start: 0.22, length: 0.55 },
  ];
  const samples = mixNotes(rate, 0.8, notes, (freq, t) => {
    const envelope = Math.min(1, t / 0.01) * Math.exp(-t * 5);
    // A little of the second harmonic makes it cut through kitchen noise.
    return envelope * (0.6 * Math.sin(2 * Math.PI * freq * t) + 0.2 * Math.sin(4 * Math.PI * freq * t));
  });
  return encodeWav(samples, rate, 32_000);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgb = [number, number, number];
const BRAND: Rgb = [31, 111, 92]; // #1f6f5c, the app's theme colour
const WHITE: Rgb = [255, 255, 255];

/**
 * The icon: a cloche (serving dome) on a plate, white on the brand colour, filling the square so
 * it also works as a maskable icon (the drawing stays inside the central safe zone).
 */
function iconPixel(x: number, y: number): Rgb {
  const dx = x - 0.5;
  const dome = y <= 0.62 && y >= 0.3 && dx * dx + ((y - 0.62) / 0.32) ** 2 * 0.3 * 0.3 <= 0.3 * 0.3;
  const knob = (x - 0.5) ** 2 + (y - 0.27) ** 2 <= 0.035 ** 2;
  const plate = y >= 0.64 && y <= 0.69 && Math.abs(dx) <= 0.36;
  return dome || knob || plate ? WHITE : BRAND;
}

function iconPng(size: number): Buffer {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const p = iconPixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          for (let c = 0; c < 3; c++) acc[c]! += p[c]!;
        }
      for (let c = 0; c < 3; c++) raw[y * (size * 3 + 1) + 1 + x * 3 + c] = Math.round(acc[c]! / (ss * ss));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" fill="#1f6f5c"/>
  <path d="M20 62 A30 32 0 0 1 80 62 Z" fill="#fff"/>
  <circle cx="50" cy="27" r="3.5" fill="#fff"/>
  <rect x="14" y="64" width="72" height="5" rx="2" fill="#fff"/>
</svg>
`;

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, "alert.wav"), chimeWav());
for (const size of [192, 512]) fs.writeFileSync(path.join(OUT, `icon-${size}.png`), iconPng(size));
fs.writeFileSync(path.join(OUT, "icon.svg"), ICON_SVG);
console.log(`kitchen assets written to ${path.relative(process.cwd(), OUT)}`);
