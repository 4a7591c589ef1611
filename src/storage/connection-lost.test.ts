import { describe, expect, it } from "vitest";
import { isConnectionLost } from "./connection-lost.ts";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isConnectionLost", () => {
  it("recognises a terminated backend, a restart and a refused or reset socket", () => {
    expect(isConnectionLost(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isConnectionLost(withCode("the database system is starting up", "57P03"))).toBe(true);
    expect(isConnectionLost(withCode("connection failure", "08006"))).toBe(true);
    expect(isConnectionLost(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isConnectionLost(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves statement errors alone", () => {
    expect(isConnectionLost(withCode('duplicate key value violates unique constraint "jobs_pkey"', "23505"))).toBe(false);
    expect(isConnectionLost(withCode("canceling statement due to statement timeout", "57014"))).toBe(false);
    expect(isConnectionLost(withCode("deadlock detected", "40P01"))).toBe(false);
    expect(isConnectionLost("not an error")).toBe(false);
  });
});
