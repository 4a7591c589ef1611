import { describe, expect, it } from "vitest";
import { EndpointStats } from "./endpoint-stats.ts";

describe("EndpointStats", () => {
  it("tracks calls, concurrency and faults per model and overall", () => {
    const stats = new EndpointStats();
    const leaveRequests = [stats.requestStarted(), stats.requestStarted(), stats.requestStarted()];
    const haikuCalls = [stats.modelCallStarted("haiku"), stats.modelCallStarted("haiku")];
    const sonnetCall = stats.modelCallStarted("sonnet");
    stats.faultsInjected("haiku", ["throttle", "latency"]);
    haikuCalls[0]!();
    haikuCalls[0]!(); // leaving twice counts once
    const third = stats.modelCallStarted("haiku");
    let snapshot = stats.snapshot();
    expect(snapshot.inFlight).toBe(3);
    expect(snapshot.faultsInjected).toBe(2);
    expect(snapshot.models.haiku).toEqual({ calls: 3, faultsInjected: 2, faults: { throttle: 1, latency: 1 }, inFlight: 2, maxInFlight: 2 });
    expect(snapshot.models.sonnet?.maxInFlight).toBe(1);

    sonnetCall();
    stats.reset();
    snapshot = stats.snapshot();
    expect(snapshot.requests).toBe(0);
    expect(snapshot.models.sonnet).toBeUndefined();
    expect(snapshot.models.haiku).toEqual({ calls: 0, faultsInjected: 0, faults: {}, inFlight: 2, maxInFlight: 2 });
    haikuCalls[1]!();
    third();
    for (const leave of leaveRequests) leave();
    expect(stats.snapshot()).toMatchObject({ inFlight: 0, models: { haiku: { inFlight: 0 } } });
  });
});
