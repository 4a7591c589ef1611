import { describe, expect, it } from "vitest";
import { isPlausibleSocialSecurityNumber, recognizeUsSocialSecurityNumbers } from "./recognize-us-social-security-numbers.ts";

const found = (text: string) =>
  recognizeUsSocialSecurityNumbers(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeUsSocialSecurityNumbers", () => {
  it("finds separated numbers", () => {
    expect(found("my SSN is 536-22-1234")).toEqual(["536-22-1234"]);
    expect(found("ssn: 536 22 1234")).toEqual(["536 22 1234"]);
  });

  it("needs a keyword for nine bare digits", () => {
    expect(found("social security number 432158765")).toEqual(["432158765"]);
    expect(found("invoice 432158765")).toEqual([]);
  });

  it("excludes ranges never issued", () => {
    expect(isPlausibleSocialSecurityNumber("000", "12", "3456")).toBe(false);
    expect(isPlausibleSocialSecurityNumber("666", "12", "3456")).toBe(false);
    expect(isPlausibleSocialSecurityNumber("912", "12", "3456")).toBe(false);
    expect(isPlausibleSocialSecurityNumber("123", "00", "3456")).toBe(false);
    expect(isPlausibleSocialSecurityNumber("123", "45", "0000")).toBe(false);
    expect(found("SSN 666-12-3456")).toEqual([]);
  });

  it("ignores the shape inside longer numbers and after order cues", () => {
    expect(found("1 123-45-6789-0")).toEqual([]);
    expect(found("order 123-45-6789")).toEqual([]);
  });
});
