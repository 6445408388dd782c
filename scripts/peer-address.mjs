import http from "node:http";

// Loaded into the `next start` process (node --import, see scripts/start.ts). Appends the socket's peer address to
// X-Forwarded-For as the last hop, as a proxy would, before Next.js sees the request: Next.js only fills that header
// when it is missing, so without this the app cannot tell a client-sent X-Forwarded-For from the real peer.
// lib/http/client-ip.ts then trusts hops only from TRUSTED_PROXIES. Next.js has no hook for the raw request, hence
// wrapping the server's "request" event here.

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const req = args[0];
    const peer = req?.socket?.remoteAddress;
    if (peer) {
      const prior = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    }
  }
  return emit.call(this, event, ...args);
};
