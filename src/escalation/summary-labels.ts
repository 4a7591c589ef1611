import type { Language } from "../i18n/language.ts";

/** The few words around an extractive summary, in the reader's language. */
export interface SummaryLabels {
  opening: string;
  latest: string;
  customerMessages: (count: number) => string;
  role: Record<"user" | "assistant" | "agent", string>;
  empty: string;
}

export const summaryLabels: Readonly<Record<Language, SummaryLabels>> = {
  en: {
    opening: "First customer message",
    latest: "Latest messages",
    customerMessages: (count) => `${count} customer message${count === 1 ? "" : "s"} in all`,
    role: { user: "Customer", assistant: "Assistant", agent: "Agent" },
    empty: "No messages yet.",
  },
  es: {
    opening: "Primer mensaje del cliente",
    latest: "Últimos mensajes",
    customerMessages: (count) => `${count} mensaje${count === 1 ? "" : "s"} del cliente en total`,
    role: { user: "Cliente", assistant: "Asistente", agent: "Agente" },
    empty: "Todavía no hay mensajes.",
  },
  fr: {
    opening: "Premier message du client",
    latest: "Derniers messages",
    customerMessages: (count) => `${count} message${count === 1 ? "" : "s"} du client au total`,
    role: { user: "Client", assistant: "Assistant", agent: "Conseiller" },
    empty: "Pas encore de messages.",
  },
  de: {
    opening: "Erste Nachricht des Kunden",
    latest: "Letzte Nachrichten",
    customerMessages: (count) => `${count} Kundennachricht${count === 1 ? "" : "en"} insgesamt`,
    role: { user: "Kunde", assistant: "Assistent", agent: "Mitarbeiter" },
    empty: "Noch keine Nachrichten.",
  },
  zh: {
    opening: "客户的第一条消息",
    latest: "最近的消息",
    customerMessages: (count) => `客户共发送 ${count} 条消息`,
    role: { user: "客户", assistant: "助手", agent: "客服" },
    empty: "暂无消息。",
  },
};
