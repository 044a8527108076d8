// 16-bit mono PCM WAV encoding and note mixing for the sounds the project synthesises
// (scripts/make-chime.ts, scripts/kitchen-assets.ts), so each script only describes its notes and voice.

export type Note = { freq: number; start: number; length: number };

/**
 * Mixes `notes` into `seconds` of samples at `rate`; `voice` gives a note's sample at `i` samples
 * (`t` seconds) after its start.
 */
export function mixNotes(rate: number, seconds: number, notes: Note[], voice: (freq: number, t: number, i: number) => number): Float64Array {
  const total = Math.ceil(rate * seconds);
  const samples = new Float64Array(total);
  for (const n of notes) {
    const from = Math.floor(n.start * rate);
    const len = Math.floor(n.length * rate);
    for (let i = 0; i < len && from + i < total; i++) samples[from + i]! += voice(n.freq, i / rate, i);
  }
  return samples;
}

/** Samples in [-1, 1] (clipped) scaled to `peak`, with the 44-byte RIFF header. */
export function encodeWav(samples: Float64Array, rate: number, peak = 32767): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * peak), i * 2));
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
  return Buffer.concat([header, data]);
}
