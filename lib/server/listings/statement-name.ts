import "server-only";

import { createHash } from "node:crypto";

// A stable name for a prepared statement: node-postgres prepares a named query once per connection and reuses it.
// Filters change the SQL text, so the name is derived from the text.
export const statementName = (prefix: string, text: string): string =>
  `${prefix}-${createHash("sha1").update(text).digest("base64url").slice(0, 16)}`;
