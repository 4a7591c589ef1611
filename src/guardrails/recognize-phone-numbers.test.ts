import { describe, expect, it } from "vitest";
import { recognizePhoneNumbers } from "./recognize-phone-numbers.ts";
import type { GuardrailLanguage } from "./types.ts";

const found = (text: string, language: GuardrailLanguage = "en") =>
  recognizePhoneNumbers(text, language).map((detection) => text.slice(detection.start, detection.end));

describe("recognizePhoneNumbers", () => {
  it("finds international numbers whatever the language", () => {
    expect(found("Call me on +1 415 555 2671 after 5pm")).toEqual(["+1 415 555 2671"]);
    expect(found("WhatsApp +34 612 34 56 78", "de")).toEqual(["+34 612 34 56 78"]);
  });

  it("finds national numbers of the conversation's country", () => {
    expect(found("Mi móvil es 612 34 56 78", "es")).toEqual(["612 34 56 78"]);
    expect(found("Mon numéro : 06 12 34 56 78", "fr")).toEqual(["06 12 34 56 78"]);
    expect(found("Handy: 0151 23456789", "de")).toEqual(["0151 23456789"]);
    expect(found("我的手机号是138 1234 5678", "zh")).toEqual(["138 1234 5678"]);
    expect(found("My cell is (212) 555-0147")).toEqual(["(212) 555-0147"]);
  });

  it("leaves order numbers, dates, prices and postcodes alone", () => {
    expect(found("El pedido 2024-000123 llegó roto", "es")).toEqual([]);
    expect(found("Geliefert am 15.03.2024, abgeholt am 18.03.2024", "de")).toEqual([]);
    expect(found("It was delivered on 2024-03-15 at 10:30:00")).toEqual([]);
    expect(found("Ich habe 1.299,00 € bezahlt, PLZ 10115", "de")).toEqual([]);
    expect(found("my order 4567891234 arrived")).toEqual([]);
  });

  it("leaves digits that continue a carrier code alone", () => {
    expect(found("UPS 1Z 999 AA1 01 2345 6784 shows an exception")).toEqual([]);
  });

  it("reports long digit runs unread once a message exceeds the matcher budget", () => {
    const text = Array.from({ length: 60 }, (_, index) => `line ${index}: 4${String(index).padStart(2, "0")}1234567`).join("\n");
    const detections = recognizePhoneNumbers(text, "en");
    expect(detections.length).toBeGreaterThan(0);
    expect(detections.every((detection) => /^[\d\s]+$/.test(text.slice(detection.start, detection.end)))).toBe(true);
  });

  it("leaves SSN-shaped and IP-shaped numbers to their own recognizers", () => {
    expect(found("SSN 666-12-3456")).toEqual([]);
    expect(found("server 192.168.10.254", "zh")).toEqual([]);
  });
});
