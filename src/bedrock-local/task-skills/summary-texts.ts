import type { Language } from "../../i18n/language.ts";

/** The frame of an extractive handover summary, in the agent's language; quotes stay as written. */
export interface SummaryTexts {
  issue: (quote: string) => string;
  replies: (count: number, quote: string) => string;
  noReply: string;
  asks: (quote: string) => string;
  mood: string;
  empty: string;
}

export const summaryTexts: Readonly<Record<Language, SummaryTexts>> = {
  en: {
    issue: (quote) => `The customer wrote: “${quote}”`,
    replies: (count, quote) => `Support replied ${count === 1 ? "once" : `${count} times`}, most recently: “${quote}”`,
    noReply: "No reply has been given yet.",
    asks: (quote) => `The customer now asks: “${quote}”`,
    mood: "The customer is upset.",
    empty: "The conversation has no customer messages yet.",
  },
  es: {
    issue: (quote) => `El cliente escribió: «${quote}»`,
    replies: (count, quote) => `Soporte respondió ${count === 1 ? "una vez" : `${count} veces`}; la última: «${quote}»`,
    noReply: "Todavía no se le ha respondido.",
    asks: (quote) => `Ahora el cliente pide: «${quote}»`,
    mood: "El cliente está molesto.",
    empty: "La conversación aún no tiene mensajes del cliente.",
  },
  fr: {
    issue: (quote) => `Le client a écrit : « ${quote} »`,
    replies: (count, quote) => `Le support a répondu ${count === 1 ? "une fois" : `${count} fois`}, en dernier : « ${quote} »`,
    noReply: "Aucune réponse n'a encore été donnée.",
    asks: (quote) => `Le client demande maintenant : « ${quote} »`,
    mood: "Le client est mécontent.",
    empty: "La conversation ne contient pas encore de message du client.",
  },
  de: {
    issue: (quote) => `Der Kunde schrieb: „${quote}“`,
    replies: (count, quote) => `Der Support hat ${count === 1 ? "einmal" : `${count}-mal`} geantwortet, zuletzt: „${quote}“`,
    noReply: "Bisher gab es keine Antwort.",
    asks: (quote) => `Jetzt schreibt der Kunde: „${quote}“`,
    mood: "Der Kunde ist verärgert.",
    empty: "Das Gespräch enthält noch keine Nachricht des Kunden.",
  },
  zh: {
    issue: (quote) => `客户写道：“${quote}”`,
    replies: (count, quote) => `客服已回复 ${count} 次，最近一次：“${quote}”`,
    noReply: "尚未回复客户。",
    asks: (quote) => `客户现在说：“${quote}”`,
    mood: "客户情绪不满。",
    empty: "对话中还没有客户消息。",
  },
};
