import { hash, verify } from "@node-rs/argon2";

// Passwords are stored as argon2id (RFC 9106's second recommended set: 19 MiB, 2 passes, 1 lane — OWASP's minimum),
// in PHC string form so the parameters travel with the hash and can be raised later.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  if (!stored.startsWith("$argon2id$")) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
