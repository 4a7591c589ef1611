import { describe, expect, it } from "vitest";
import { isIpv6, recognizeIpAddresses } from "./recognize-ip-addresses.ts";

const found = (text: string) => recognizeIpAddresses(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeIpAddresses", () => {
  it("finds IPv4 and IPv6 addresses", () => {
    expect(found("my IP is 203.0.113.45.")).toEqual(["203.0.113.45"]);
    expect(found("IPv6 2001:db8:85a3::8a2e:370:7334 here")).toEqual(["2001:db8:85a3::8a2e:370:7334"]);
  });

  it("ignores version numbers, out-of-range octets, times and dates", () => {
    expect(found("version 2.4.1.7 and firmware v1.0.12.64")).toEqual([]);
    expect(found("300.1.1.1 and 1.2.3.4.5")).toEqual([]);
    expect(found("at 10:30:00 on 15.03.2024")).toEqual([]);
  });

  it("validates IPv6 structure", () => {
    expect(isIpv6("::1")).toBe(true);
    expect(isIpv6("1:2:3:4:5:6:7:8")).toBe(true);
    expect(isIpv6("1::2::3")).toBe(false);
    expect(isIpv6("1:::2")).toBe(false);
    expect(isIpv6(":1:2:3:4:5:6:7")).toBe(false);
    expect(isIpv6("1:2:3")).toBe(false);
  });
});
