import { describe, expect, it } from "vitest";
import type { Language } from "../i18n/language.ts";
import { detectHumanRequest } from "./detect-human-request.ts";

describe("detectHumanRequest", () => {
  it.each([
    ["en", "Can I talk to a human?"],
    ["en", "I want to speak with a real person"],
    ["en", "Please connect me to a live agent."],
    ["en", "agent"],
    ["en", "Representative please"],
    ["en", "I'd like a customer service representative"],
    ["en", "Why can't I just talk to someone?"],
    ["en", "I don't want to chat with a bot anymore"],
    ["en", "Is there a real person I can talk to?"],
    ["en", "Can someone call me?"],
    ["es", "Quiero hablar con una persona"],
    ["es", "¿Me pasas con un agente?"],
    ["es", "Necesito un operador humano"],
    ["es", "no quiero hablar con un robot"],
    ["fr", "Je veux parler à un conseiller"],
    ["fr", "Passez-moi un humain svp"],
    ["fr", "Mettez-moi en relation avec un agent"],
    ["fr", "J'en ai marre de ce robot"],
    ["de", "Ich möchte mit einem Mitarbeiter sprechen"],
    ["de", "Verbinden Sie mich mit einem Menschen"],
    ["de", "Kann ich bitte mit jemandem vom Kundenservice reden?"],
    ["de", "Ich will keinen Chatbot"],
    ["de", "Ich möchte bitte den Chef sprechen"],
    ["de", "Könnte mich ein Mitarbeiter zurückrufen?"],
    ["de", "Bitte einen Berater ans Telefon"],
    ["es", "que me atienda alguien ya"],
    ["en", "pls connect me w/ an agent"],
    ["de", "Leiten Sie mich an einen Kundenberater weiter? Bitte an einen Berater weiterleiten"],
    ["de", "Gibt es da überhaupt echte Mitarbeiter?"],
    ["es", "¿Me puede atender un agente?"],
    ["es", "¿Hay algún operador?"],
    ["zh", "转人工"],
    ["zh", "我要人工客服"],
    ["zh", "我想跟真人说话"],
    ["zh", "让你们经理来"],
    ["zh", "请叫你们的负责人"],
    ["zh", "我要跟真人客服说话"],
    ["en", "Can someone from your team call me back?"],
    ["fr", "Y a-t-il un conseiller disponible ?"],
  ] as const)("%s: %s", (language, text) => {
    const result = detectHumanRequest(text, language as Language);
    expect(result.matched).toBe(true);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.evidence).toBeTruthy();
  });

  it.each([
    ["en", "Does it come with a password manager?"],
    ["en", "I work in human resources"],
    ["en", "is this a bot? cool"],
    ["en", "Are you a real person?"],
    ["en", "No need for an agent, thanks"],
    ["en", "I don't need to talk to anyone, just tell me the price"],
    ["en", "Our agents use your software every day"],
    ["en", "Can I pick it up in person?"],
    ["en", "Do you offer an employee discount?"],
    ["en", "My travel agent booked the wrong date"],
    ["es", "No necesito hablar con un agente"],
    ["es", "Trabajo en recursos humanos"],
    ["es", "¿Eres una persona real?"],
    ["fr", "Pas besoin de parler à un conseiller"],
    ["fr", "Le service ressources humaines veut une facture"],
    ["fr", "Personne ne m'a répondu"],
    ["fr", "Y a-t-il un magasin à Lyon ?"],
    ["de", "Ich brauche keinen Mitarbeiter"],
    ["de", "Ich möchte nicht mit einem Mitarbeiter sprechen"],
    ["de", "Ist ein Passwort-Manager dabei?"],
    ["de", "Bist du ein Mensch?"],
    ["de", "Gibt es eine Anleitung für Mitarbeiter?"],
    ["de", "Ich möchte die Datei an einen Kollegen weiterleiten"],
    ["es", "¿Hay alguna persona que lo haya probado?"],
    ["zh", "你们的人工智能很厉害"],
    ["zh", "不用转人工"],
    ["zh", "不要人工，谢谢"],
    ["de", "Sie können mich nicht anrufen, ich bin im Büro"],
    ["zh", "你是真人吗？"],
    ["zh", "人力资源部要发票"],
  ] as const)("%s: not %s", (language, text) => {
    expect(detectHumanRequest(text, language as Language).matched).toBe(false);
  });

  it("quotes the customer's own words as evidence", () => {
    expect(detectHumanRequest("Ich möchte mit einem Mitarbeiter sprechen", "de").evidence).toBe("mit einem Mitarbeiter");
  });

  it("finds a request in a later clause after a negated one", () => {
    expect(detectHumanRequest("I don't need the FAQ, connect me to an agent").matched).toBe(true);
  });
});
