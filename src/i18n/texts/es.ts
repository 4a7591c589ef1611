import type { TextKey } from "../texts.ts";

export const es: Record<TextKey, string> = {
  greeting: "¡Hola! ¿En qué puedo ayudarte hoy?",
  noInformation: "Lo siento, no dispongo de esa información.",
  noInformationOfferHuman:
    "Lo siento, no dispongo de esa información. ¿Quieres que te ponga en contacto con una persona de nuestro equipo?",
  sourceInOtherLanguage: "Nota: esta respuesta procede de una fuente en {language}.",
  "languageName.en": "inglés",
  "languageName.es": "español",
  "languageName.fr": "francés",
  "languageName.de": "alemán",
  "languageName.zh": "chino",
  blockedInput: "Lo siento, no puedo ayudarte con esa solicitud. ¿Hay algo más en lo que pueda ayudarte?",
  blockedSensitiveData:
    "Por tu seguridad, no compartas números de tarjeta, datos bancarios ni números de documento de identidad en este chat.",
  blockedOutput: "Lo siento, no puedo darte esa respuesta. ¿Puedo ayudarte con otra cosa?",
  handoff:
    "Te estoy poniendo en contacto con un especialista. Podrá ver nuestra conversación, así que no tendrás que repetir nada.",
  handoffQueued:
    "Te estoy poniendo en contacto con un especialista. Eres el número {position} en la cola. Podrá ver nuestra conversación, así que no tendrás que repetir nada.",
  error: "Lo siento, algo ha fallado por nuestra parte. Inténtalo de nuevo en unos momentos.",
  streamInterrupted: "Lo siento, mi respuesta se ha cortado antes de terminar. Vuelve a enviar tu mensaje, por favor.",
  knowledgeBaseExcerpt: "Esto es lo que dice nuestro centro de ayuda al respecto:",
  csatPrompt: "¿Cómo valorarías la ayuda que has recibido hoy?",
  orderVerify: "Para consultar el pedido {orderNumber}, confirma la dirección de correo electrónico con la que lo hiciste.",
  orderNotFound:
    "No he encontrado el pedido {orderNumber}. Comprueba el número de pedido y el correo electrónico e inténtalo de nuevo.",
  askOrderNumber: "¿Me indicas tu número de pedido? Lo encontrarás en el correo de confirmación del pedido.",
  humanJoined: "{name}, de nuestro equipo de atención al cliente, se ha unido a la conversación.",
  conversationResolved:
    "Hemos marcado esta conversación como resuelta. Si necesitas algo más, escríbenos cuando quieras.",
  attachmentFailed:
    "No he podido leer el archivo {filename}. Comprueba que sea un PDF, una foto o un texto legible y envíalo de nuevo, o escribe aquí los datos.",
};
