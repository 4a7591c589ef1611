// SQLSTATE classes and codes that mean the server went away, not that the statement was wrong:
// 08 connection exceptions; 57P01–57P03 admin shutdown, crash shutdown, cannot connect now.
const lostCodes = new Set(["57P01", "57P02", "57P03"]);
const lostMessages = /Connection terminated|ECONNRESET|ECONNREFUSED|EPIPE|server closed the connection|Client has encountered a connection error|Connection refused/i;

/** Whether a database error is a lost or refused connection (a restart, a failover, a terminated backend). */
export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === "string" && (lostCodes.has(code) || code.startsWith("08") || code === "ECONNRESET" || code === "ECONNREFUSED" || code === "EPIPE")) return true;
  return lostMessages.test(error.message);
}
