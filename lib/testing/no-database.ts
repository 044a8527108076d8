import { afterAll } from "vitest";

// An engine-free test file (not *.db.test.ts) runs on one engine only in CI: opening the database
// here would leave the other engine untested, so it fails the file with the fix in the message.
afterAll(() => {
  if ((globalThis as { __guestDb?: unknown }).__guestDb) throw new Error("This test file opened the database: name it *.db.test.ts so CI runs it on both engines.");
});
