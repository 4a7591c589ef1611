import pino from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs; request ids and conversation ids travel as child-logger bindings. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "switchboard" }, timestamp: pino.stdTimeFunctions.isoTime });
}
