import type { ReplyLanguage } from "./text-folding.ts";

/** Everything the offline answerer says in its own words, per reply language. */
export interface AnswererTexts {
  noInformation: string;
  greeting: string;
  thanks: string;
  /** "Note: the source is in English." — `{language}` is the source language's name. */
  sourceNote: string;
  languageNames: Record<ReplyLanguage, string>;
  askOrderNumber: string;
  orderStatus: string;
  /** For a status the answerer has no translation for: quoted as the order system wrote it. */
  orderRawStatus: string;
  orderCarrier: string;
  orderCarrierTracking: string;
  orderTrackingOnly: string;
  orderDelivery: string;
  orderTrackingLink: string;
  orderNotVerified: string;
  orderNotFound: string;
  orderLookupUnavailable: string;
  statuses: Record<string, string>;
}

export const ANSWERER_TEXTS: Record<ReplyLanguage, AnswererTexts> = {
  en: {
    noInformation: "I'm sorry, I don't have that information.",
    greeting: "Hello! How can I help you today?",
    thanks: "You're welcome! Is there anything else I can help you with?",
    sourceNote: "Note: the source is in {language}.",
    languageNames: { en: "English", es: "Spanish", fr: "French", de: "German", zh: "Chinese" },
    askOrderNumber: "I can check that for you. Could you please tell me your order number?",
    orderStatus: "Your order {id} is {status}.",
    orderRawStatus: 'The status of your order {id} is "{status}".',
    orderCarrier: "It is being shipped with {carrier}.",
    orderCarrierTracking: "It is being shipped with {carrier} (tracking number {tracking}).",
    orderTrackingOnly: "The tracking number is {tracking}.",
    orderDelivery: "Estimated delivery: {date}.",
    orderTrackingLink: "You can follow it here: {url}",
    orderNotVerified:
      "For your security, I can't share the details of this order yet. Please sign in to your account, or write to us from the e-mail address used for the order, so we can verify that it is yours.",
    orderNotFound: "I couldn't find an order with the number {id}. Could you please check the number and try again?",
    orderLookupUnavailable: "I'm sorry, order lookup is unavailable right now. Please try again in a few minutes.",
    statuses: {
      pending: "pending",
      processing: "being processed",
      shipped: "shipped",
      in_transit: "in transit",
      out_for_delivery: "out for delivery",
      delivered: "delivered",
      cancelled: "cancelled",
      returned: "returned",
      refunded: "refunded",
    },
  },
  es: {
    noInformation: "Lo siento, no tengo esa información.",
    greeting: "¡Hola! ¿En qué puedo ayudarte hoy?",
    thanks: "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
    sourceNote: "Nota: la fuente está en {language}.",
    languageNames: { en: "inglés", es: "español", fr: "francés", de: "alemán", zh: "chino" },
    askOrderNumber: "Puedo comprobarlo. ¿Podrías indicarme tu número de pedido?",
    orderStatus: "Tu pedido {id} está {status}.",
    orderRawStatus: 'El estado de tu pedido {id} es «{status}».',
    orderCarrier: "Se envía con {carrier}.",
    orderCarrierTracking: "Se envía con {carrier} (número de seguimiento {tracking}).",
    orderTrackingOnly: "El número de seguimiento es {tracking}.",
    orderDelivery: "Entrega estimada: {date}.",
    orderTrackingLink: "Puedes seguirlo aquí: {url}",
    orderNotVerified:
      "Por tu seguridad, todavía no puedo compartir los detalles de este pedido. Inicia sesión en tu cuenta o escríbenos desde el correo electrónico que usaste en el pedido para que podamos verificar que es tuyo.",
    orderNotFound: "No he encontrado ningún pedido con el número {id}. ¿Podrías revisar el número e intentarlo de nuevo?",
    orderLookupUnavailable:
      "Lo siento, la consulta de pedidos no está disponible en este momento. Inténtalo de nuevo en unos minutos.",
    statuses: {
      pending: "pendiente",
      processing: "en preparación",
      shipped: "enviado",
      in_transit: "en tránsito",
      out_for_delivery: "en reparto",
      delivered: "entregado",
      cancelled: "cancelado",
      returned: "devuelto",
      refunded: "reembolsado",
    },
  },
  fr: {
    noInformation: "Je suis désolé, je n'ai pas cette information.",
    greeting: "Bonjour ! Comment puis-je vous aider aujourd'hui ?",
    thanks: "Avec plaisir ! Puis-je vous aider pour autre chose ?",
    sourceNote: "Remarque : la source est en {language}.",
    languageNames: { en: "anglais", es: "espagnol", fr: "français", de: "allemand", zh: "chinois" },
    askOrderNumber: "Je peux vérifier cela pour vous. Pourriez-vous m'indiquer votre numéro de commande ?",
    orderStatus: "Votre commande {id} est {status}.",
    orderRawStatus: 'Le statut de votre commande {id} est « {status} ».',
    orderCarrier: "Elle est expédiée avec {carrier}.",
    orderCarrierTracking: "Elle est expédiée avec {carrier} (numéro de suivi {tracking}).",
    orderTrackingOnly: "Le numéro de suivi est {tracking}.",
    orderDelivery: "Livraison estimée : {date}.",
    orderTrackingLink: "Vous pouvez la suivre ici : {url}",
    orderNotVerified:
      "Pour votre sécurité, je ne peux pas encore communiquer les détails de cette commande. Veuillez vous connecter à votre compte, ou nous écrire depuis l'adresse e-mail utilisée pour la commande, afin que nous puissions vérifier qu'elle vous appartient.",
    orderNotFound:
      "Je n'ai trouvé aucune commande portant le numéro {id}. Pourriez-vous vérifier le numéro et réessayer ?",
    orderLookupUnavailable:
      "Je suis désolé, la consultation des commandes est indisponible pour le moment. Veuillez réessayer dans quelques minutes.",
    statuses: {
      pending: "en attente",
      processing: "en cours de traitement",
      shipped: "expédiée",
      in_transit: "en transit",
      out_for_delivery: "en cours de livraison",
      delivered: "livrée",
      cancelled: "annulée",
      returned: "retournée",
      refunded: "remboursée",
    },
  },
  de: {
    noInformation: "Es tut mir leid, diese Information habe ich nicht.",
    greeting: "Hallo! Wie kann ich Ihnen heute helfen?",
    thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
    sourceNote: "Hinweis: Die Quelle ist auf {language}.",
    languageNames: { en: "Englisch", es: "Spanisch", fr: "Französisch", de: "Deutsch", zh: "Chinesisch" },
    askOrderNumber: "Das prüfe ich gern für Sie. Können Sie mir bitte Ihre Bestellnummer nennen?",
    orderStatus: "Ihre Bestellung {id} ist {status}.",
    orderRawStatus: 'Der Status Ihrer Bestellung {id} lautet „{status}“.',
    orderCarrier: "Sie wird mit {carrier} versendet.",
    orderCarrierTracking: "Sie wird mit {carrier} versendet (Sendungsnummer {tracking}).",
    orderTrackingOnly: "Die Sendungsnummer lautet {tracking}.",
    orderDelivery: "Voraussichtliche Zustellung: {date}.",
    orderTrackingLink: "Hier können Sie sie verfolgen: {url}",
    orderNotVerified:
      "Zu Ihrer Sicherheit kann ich die Details dieser Bestellung noch nicht mitteilen. Bitte melden Sie sich in Ihrem Konto an oder schreiben Sie uns von der E-Mail-Adresse, die Sie bei der Bestellung verwendet haben, damit wir bestätigen können, dass es Ihre Bestellung ist.",
    orderNotFound:
      "Ich konnte keine Bestellung mit der Nummer {id} finden. Bitte überprüfen Sie die Nummer und versuchen Sie es erneut.",
    orderLookupUnavailable:
      "Es tut mir leid, die Bestellabfrage ist gerade nicht verfügbar. Bitte versuchen Sie es in ein paar Minuten erneut.",
    statuses: {
      pending: "ausstehend",
      processing: "in Bearbeitung",
      shipped: "versandt",
      in_transit: "unterwegs",
      out_for_delivery: "in der Zustellung",
      delivered: "zugestellt",
      cancelled: "storniert",
      returned: "zurückgesendet",
      refunded: "erstattet",
    },
  },
  zh: {
    noInformation: "抱歉，我没有这方面的信息。",
    greeting: "您好！今天有什么可以帮您？",
    thanks: "不客气！还有什么可以帮您的吗？",
    sourceNote: "注：来源为{language}内容。",
    languageNames: { en: "英文", es: "西班牙文", fr: "法文", de: "德文", zh: "中文" },
    askOrderNumber: "我可以帮您查询。请提供您的订单号。",
    orderStatus: "您的订单 {id} {status}。",
    orderRawStatus: '您的订单 {id} 的状态为“{status}”。',
    orderCarrier: "由 {carrier} 承运。",
    orderCarrierTracking: "由 {carrier} 承运（运单号 {tracking}）。",
    orderTrackingOnly: "运单号为 {tracking}。",
    orderDelivery: "预计送达日期：{date}。",
    orderTrackingLink: "您可以在此跟踪：{url}",
    orderNotVerified: "为了您的账户安全，我暂时无法提供该订单的详细信息。请登录您的账户，或使用下单时的电子邮箱联系我们，以便我们核实您的身份。",
    orderNotFound: "我没有找到订单号为 {id} 的订单。请核对订单号后再试。",
    orderLookupUnavailable: "抱歉，订单查询服务暂时不可用。请稍后再试。",
    statuses: {
      pending: "待处理",
      processing: "正在处理中",
      shipped: "已发货",
      in_transit: "正在运输中",
      out_for_delivery: "正在派送中",
      delivered: "已送达",
      cancelled: "已取消",
      returned: "已退货",
      refunded: "已退款",
    },
  },
};

/** Fills `{name}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
