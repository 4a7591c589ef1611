import type { TextKey } from "../texts.ts";

export const de: Record<TextKey, string> = {
  greeting: "Hallo! Wie kann ich Ihnen heute helfen?",
  noInformation: "Leider liegen mir dazu keine Informationen vor.",
  noInformationOfferHuman:
    "Leider liegen mir dazu keine Informationen vor. Soll ich Sie mit jemandem aus unserem Team verbinden?",
  sourceInOtherLanguage: "Hinweis: Diese Antwort stützt sich auf eine Quelle auf {language}.",
  "languageName.en": "Englisch",
  "languageName.es": "Spanisch",
  "languageName.fr": "Französisch",
  "languageName.de": "Deutsch",
  "languageName.zh": "Chinesisch",
  blockedInput: "Bei dieser Anfrage kann ich Ihnen leider nicht weiterhelfen. Kann ich sonst etwas für Sie tun?",
  blockedSensitiveData:
    "Bitte teilen Sie zu Ihrer eigenen Sicherheit keine Kartennummern, Bankdaten oder Ausweisnummern in diesem Chat.",
  blockedOutput: "Diese Antwort kann ich Ihnen leider nicht geben. Kann ich Ihnen bei etwas anderem helfen?",
  handoff:
    "Ich verbinde Sie mit unserem Fachteam. Der bisherige Gesprächsverlauf wird übergeben, Sie müssen also nichts wiederholen.",
  handoffQueued:
    "Ich verbinde Sie mit unserem Fachteam. Sie sind auf Platz {position} der Warteschlange. Der bisherige Gesprächsverlauf wird übergeben, Sie müssen also nichts wiederholen.",
  error: "Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.",
  streamInterrupted:
    "Entschuldigung, meine Antwort wurde unterbrochen, bevor sie vollständig war. Bitte senden Sie Ihre Nachricht noch einmal.",
  knowledgeBaseExcerpt: "Das steht dazu in unserem Hilfe-Center:",
  csatPrompt: "Wie zufrieden sind Sie mit der Hilfe, die Sie heute erhalten haben?",
  orderVerify:
    "Um die Bestellung {orderNumber} abzurufen, bestätigen Sie bitte die E-Mail-Adresse, mit der Sie bestellt haben.",
  orderNotFound:
    "Ich konnte die Bestellung {orderNumber} nicht finden. Bitte prüfen Sie die Bestellnummer und die E-Mail-Adresse und versuchen Sie es erneut.",
  askOrderNumber: "Wie lautet Ihre Bestellnummer? Sie finden sie in der Bestellbestätigung, die wir Ihnen per E-Mail geschickt haben.",
  humanJoined: "{name} aus unserem Kundenservice ist dem Gespräch beigetreten.",
  conversationResolved:
    "Dieses Gespräch wurde als gelöst markiert. Wenn Sie noch etwas brauchen, schreiben Sie uns einfach.",
  attachmentFailed:
    "Ich konnte die Datei {filename} nicht lesen. Bitte prüfen Sie, ob es ein gut lesbares PDF, Foto oder Textdokument ist, und senden Sie es erneut, oder schreiben Sie die Angaben hier.",
};
