import type { TextKey } from "../texts.ts";

export const fr: Record<TextKey, string> = {
  greeting: "Bonjour ! Comment puis-je vous aider aujourd'hui ?",
  noInformation: "Malheureusement, je ne dispose pas de cette information.",
  noInformationOfferHuman:
    "Malheureusement, je ne dispose pas de cette information. Souhaitez-vous que je vous mette en relation avec un membre de notre équipe ?",
  sourceInOtherLanguage: "Remarque : cette réponse provient d'une source en {language}.",
  "languageName.en": "anglais",
  "languageName.es": "espagnol",
  "languageName.fr": "français",
  "languageName.de": "allemand",
  "languageName.zh": "chinois",
  blockedInput: "Je ne peux malheureusement pas donner suite à cette demande. Puis-je vous aider pour autre chose ?",
  blockedSensitiveData:
    "Pour votre sécurité, merci de ne pas communiquer de numéro de carte, de coordonnées bancaires ou de numéro de pièce d'identité dans ce chat.",
  blockedOutput: "Je ne peux malheureusement pas vous fournir cette réponse. Puis-je vous aider pour autre chose ?",
  handoff:
    "Je vous mets en relation avec un conseiller spécialisé. Il aura accès à notre conversation, vous n'aurez donc rien à répéter.",
  handoffQueued:
    "Je vous mets en relation avec un conseiller spécialisé. Vous êtes en position {position} dans la file d'attente. Il aura accès à notre conversation, vous n'aurez donc rien à répéter.",
  error: "Désolé, un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
  streamInterrupted: "Désolé, ma réponse a été interrompue avant la fin. Pouvez-vous renvoyer votre message ?",
  knowledgeBaseExcerpt: "Voici ce qu'indique notre centre d'aide à ce sujet :",
  csatPrompt: "Comment évalueriez-vous l'aide que vous avez reçue aujourd'hui ?",
  orderVerify:
    "Pour consulter la commande {orderNumber}, merci de confirmer l'adresse e-mail utilisée lors de la commande.",
  orderNotFound:
    "Je n'ai pas trouvé la commande {orderNumber}. Merci de vérifier le numéro de commande et l'adresse e-mail, puis de réessayer.",
  askOrderNumber:
    "Pouvez-vous m'indiquer votre numéro de commande ? Vous le trouverez dans l'e-mail de confirmation de commande.",
  humanJoined: "{name}, de notre service client, a rejoint la conversation.",
  conversationResolved:
    "Cette conversation a été marquée comme résolue. Si vous avez besoin d'autre chose, n'hésitez pas à nous écrire.",
  attachmentFailed:
    "Je n'ai pas pu lire le fichier {filename}. Vérifiez qu'il s'agit d'un PDF, d'une photo ou d'un texte lisible et envoyez-le à nouveau, ou écrivez les informations ici.",
};
