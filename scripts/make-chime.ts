import fs from "node:fs";
import path from "node:path";

// Writes public/sounds/chat-chime.wav: a soft two-note chime synthesised here (16-bit mono PCM),
// so the console's new-message sound is the project's own, not a downloaded file.
// Run: npx tsx scripts/make-chime.ts

const rate = 22050;
const notes = [
  { freq: 880, start: 0, length: 0.18 },
  { freq: 1318.5, start: 0.16, length: 0.32 },
];
const total = Math.ceil(rate * 0.55);
const samples = new Float64Array(total);
for (const n of notes) {
  const from = Math.floor(n.start * rate);
  const len = Math.floor(n.length * rate);
  for (let i = 0; i < len && from + i < total; i++) {
    const t = i / rate;
    const envelope = Math.min(1, i / (0.01 * rate)) * Math.exp(-t * 9);
    samples[from + i]! += 0.35 * envelope * (Math.sin(2 * Math.PI * n.freq * t) + 0.3 * Math.sin(4 * Math.PI * n.freq * t));
  }
}
const data = Buffer.alloc(total * 2);
samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
const header = Buffer.alloc(44);
header.write("RIFF", 0);
header.writeUInt32LE(36 + data.length, 4);
header.write("WAVE", 8);
header.write("fmt ", 12);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write("data", 36);
header.writeUInt32LE(data.length, 40);
const out = path.resolve("public", "sounds", "chat-chime.wav");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat([header, data]));
console.log(`wrote ${out} (${header.length + data.length} bytes)`);
