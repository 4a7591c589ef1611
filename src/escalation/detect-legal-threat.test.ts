import { describe, expect, it } from "vitest";
import type { Language } from "../i18n/language.ts";
import { detectLegalThreat } from "./detect-legal-threat.ts";

describe("detectLegalThreat", () => {
  it.each([
    ["en", "I'm going to sue you"],
    ["en", "My lawyer will hear about this"],
    ["en", "I will take legal action"],
    ["en", "See you in court."],
    ["en", "I'm reporting you to consumer protection"],
    ["en", "I'll just do a chargeback"],
    ["en", "If I don't get my money I will contact a lawyer"],
    ["es", "Voy a poner una demanda"],
    ["es", "Hablaré con mi abogado"],
    ["es", "Os voy a denunciar"],
    ["es", "Iré a la oficina del consumidor"],
    ["fr", "Je vais vous poursuivre en justice"],
    ["fr", "Mon avocat vous contactera"],
    ["fr", "Je saisis le tribunal"],
    ["fr", "Je vais porter plainte"],
    ["de", "Ich werde Sie verklagen"],
    ["de", "Mein Anwalt meldet sich"],
    ["de", "Ich gehe zur Verbraucherzentrale"],
    ["de", "Dann sehen wir uns vor Gericht"],
    ["de", "Ich zeige Sie an"],
    ["zh", "我要起诉你们"],
    ["zh", "我会找律师"],
    ["zh", "我去消协投诉"],
    ["zh", "我打12315"],
  ] as const)("%s: %s", (language, text) => {
    expect(detectLegalThreat(text, language as Language).matched).toBe(true);
  });

  it.each([
    ["en", "Sue from your team helped me"],
    ["en", "Is this charger legal to use in the EU?"],
    ["en", "I'm a lawyer and need a laptop for work"],
    ["en", "I'm not going to sue anyone, I just want my parcel"],
    ["en", "Is there a food court near your store?"],
    ["es", "A mi juicio el color es más oscuro"],
    ["es", "Hay mucha demanda de este modelo?"],
    ["fr", "On peut poursuivre en français ?"],
    ["fr", "Pouvez-vous poursuivre la recherche ?"],
    ["en", "My lawyer recommended this laptop, does it have a backlit keyboard?"],
    ["de", "Mein Anwalt hat mir dieses Modell empfohlen"],
    ["fr", "Le délai de livraison est court"],
    ["de", "Das Gericht war kalt"],
    ["de", "Wo kann ich meine Bestellungen anzeigen?"],
    ["de", "Ich bin Anwältin und brauche eine Rechnung"],
    ["zh", "我是律师，需要开发票"],
    ["zh", "我不想起诉，只想要退款"],
  ] as const)("%s: not %s", (language, text) => {
    expect(detectLegalThreat(text, language as Language).matched).toBe(false);
  });
});
