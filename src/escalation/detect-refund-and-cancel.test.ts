import { describe, expect, it } from "vitest";
import type { Language } from "../i18n/language.ts";
import { detectCancelRequest } from "./detect-cancel-request.ts";
import { detectRefundRequest } from "./detect-refund-request.ts";

describe("detectRefundRequest", () => {
  it.each([
    ["en", "I want a refund"],
    ["en", "Can I get my money back?"],
    ["en", "Why haven't I been refunded yet?"],
    ["en", "I want my $650 back"],
    ["es", "Quiero un reembolso"],
    ["es", "Devolvedme el dinero"],
    ["fr", "Je veux être remboursé"],
    ["fr", "Remboursez-moi"],
    ["de", "Ich möchte eine Rückerstattung"],
    ["de", "Ich will mein Geld zurück"],
    ["zh", "我要退款"],
    ["zh", "把钱退给我"],
  ] as const)("%s: %s", (language, text) => {
    expect(detectRefundRequest(text, language as Language).matched).toBe(true);
  });

  it.each([
    ["en", "What is your refund policy?"],
    ["en", "I don't want a refund, just a replacement"],
    ["en", "I'd like to return the shoes"],
    ["es", "¿Cuál es la política de devoluciones?"],
    ["es", "No quiero un reembolso, quiero otro"],
    ["fr", "Je ne veux pas de remboursement"],
    ["de", "Ich werde Anzeige erstatten"],
    ["de", "Ich möchte keine Erstattung, sondern Ersatz"],
    ["zh", "我想退货"],
    ["zh", "退款政策是什么"],
    ["zh", "我不要退款，换一个就行"],
  ] as const)("%s: not %s", (language, text) => {
    expect(detectRefundRequest(text, language as Language).matched).toBe(false);
  });
});

describe("detectCancelRequest", () => {
  it.each([
    ["en", "Please cancel my order"],
    ["en", "I want to close my account"],
    ["es", "Quiero cancelar la suscripción"],
    ["es", "Quiero darme de baja"],
    ["fr", "Je veux résilier mon contrat"],
    ["fr", "Annulez ma commande"],
    ["de", "Ich möchte kündigen"],
    ["de", "Bitte stornieren Sie die Bestellung"],
    ["zh", "我要取消订单"],
    ["zh", "帮我退订会员"],
  ] as const)("%s: %s", (language, text) => {
    expect(detectCancelRequest(text, language as Language).matched).toBe(true);
  });

  it.each([
    ["en", "Do these have noise cancelling?"],
    ["en", "What's the cancellation policy?"],
    ["en", "I don't want to cancel, just change the address"],
    ["es", "¿Tienen cancelación de ruido?"],
    ["fr", "Je ne veux pas annuler"],
    ["de", "Wie lang ist die Kündigungsfrist?"],
    ["de", "Ich möchte nicht stornieren"],
    ["zh", "我的订单被取消了"],
    ["zh", "我不想取消"],
  ] as const)("%s: not %s", (language, text) => {
    expect(detectCancelRequest(text, language as Language).matched).toBe(false);
  });
});
