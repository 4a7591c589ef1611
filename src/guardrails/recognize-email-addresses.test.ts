import { describe, expect, it } from "vitest";
import { recognizeEmailAddresses } from "./recognize-email-addresses.ts";

const found = (text: string) => recognizeEmailAddresses(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeEmailAddresses", () => {
  it("finds addresses with tags, subdomains and accented letters", () => {
    expect(found("write to carlos.ruiz+pedidos@correo.es, thanks")).toEqual(["carlos.ruiz+pedidos@correo.es"]);
    expect(found("tom_h@mail.co.uk.")).toEqual(["tom_h@mail.co.uk"]);
    expect(found("Neue Adresse: jürgen.müller@gmx.de")).toEqual(["jürgen.müller@gmx.de"]);
    expect(found("邮箱是wang.li@163.com，谢谢")).toEqual(["wang.li@163.com"]);
  });

  it("ignores handles and spelled-out addresses", () => {
    expect(found("send it to @jane_doe or support at example dot com")).toEqual([]);
  });
});
