import fs from "node:fs";
import path from "node:path";
import { encodeWav } from "./wav";

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
const out = path.resolve("public", "sounds", "chat-chime.wav");
fs.mkdirSync(path.dirname(out), { recursive: true });
const wav = encodeWav(samples, rate);
fs.writeFileSync(out, wav);
console.log(`wrote ${out} (${wav.length} bytes)`);
