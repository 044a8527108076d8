import fs from "node:fs";
import path from "node:path";
import { encodeWav, mixNotes } from "./wav";

// Writes public/sounds/chat-chime.wav: a soft two-note chime synthesised here (16-bit mono PCM),
// so the console's new-message sound is the project's own, not a downloaded file.
// Run: npx tsx scripts/make-chime.ts

const rate = 22050;
const notes = [
  { freq: 880, start: 0, length: 0.18 },
  { freq: 1318.5, start: 0.16, length: 0.32 },
];
const samples = mixNotes(rate, 0.55, notes, (freq, t, i) => {
  const envelope = Math.min(1, i / (0.01 * rate)) * Math.exp(-t * 9);
  return 0.35 * envelope * (Math.sin(2 * Math.PI * freq * t) + 0.3 * Math.sin(4 * Math.PI * freq * t));
});
const out = path.resolve("public", "sounds", "chat-chime.wav");
fs.mkdirSync(path.dirname(out), { recursive: true });
const wav = encodeWav(samples, rate);
fs.writeFileSync(out, wav);
console.log(`wrote ${out} (${wav.length} bytes)`);
