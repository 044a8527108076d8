import bcrypt from "bcryptjs";
import { assertOutsideTransaction } from "@/lib/db/transaction-scope";
import { env } from "@/lib/env";

// bcrypt (pure JS, no native build): slow by design, salted, constant-time compare.
// Cheap rounds only under test, where every fixture hashes a password.
const cost = () => (env().NODE_ENV === "test" ? 4 : 11);

export function hashPassword(password: string): Promise<string> {
  assertOutsideTransaction("Password hashing");
  return bcrypt.hash(password, cost());
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  assertOutsideTransaction("Password checking");
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so response time does not reveal which accounts exist.
export const DUMMY_HASH = "$2b$11$C6UzMDM.H6dfI/f/IKcEeO5H6R0p0C6b1Ukh5F8Zv9sQJgQ3Wq3yK";
