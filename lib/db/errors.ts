// Errors that mean "the database cannot be reached right now" rather than "this request is wrong": every pool
// connection busy past connectionTimeoutMillis, a connection the server cut (restart, failover, admin command), a
// refused or silent connection. They answer 503 with Retry-After, not 500: the request may simply be tried again.

const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /terminating connection due to/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /not queryable/i,
  /query read timeout/i,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT/,
  /server closed the connection unexpectedly/i,
];
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: admin shutdown, crash, cannot connect now).
const SQLSTATE = /^(08|57P0[1-4])/;

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const { message, code, cause, originalCode } = e as {
    message?: unknown;
    code?: unknown;
    cause?: unknown;
    originalCode?: unknown;
  };
  if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
  for (const c of [code, originalCode])
    if (typeof c === "string" && (SQLSTATE.test(c) || /^E(CONNREFUSED|CONNRESET|TIMEDOUT)$/.test(c))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
