// The reference set: every other language must have exactly these keys and placeholders.
export const en = {
  greeting: "Hi! How can I help you today?",
  noInformation: "I'm sorry, I don't have that information.",
  noInformationOfferHuman:
    "I'm sorry, I don't have that information. Would you like me to connect you with someone from our team?",
  sourceInOtherLanguage: "Note: this answer comes from a source in {language}.",
  "languageName.en": "English",
  "languageName.es": "Spanish",
  "languageName.fr": "French",
  "languageName.de": "German",
  "languageName.zh": "Chinese",
  blockedInput: "I'm sorry, I can't help with that request. Is there anything else I can do for you?",
  blockedSensitiveData:
    "For your security, please don't share card numbers, bank details or ID numbers in this chat.",
  blockedOutput: "I'm sorry, I can't give you that answer. Can I help you with something else?",
  handoff: "I'm connecting you with a specialist. They'll see our conversation, so you won't need to repeat anything.",
  handoffQueued:
    "I'm connecting you with a specialist. You're number {position} in the queue. They'll see our conversation, so you won't need to repeat anything.",
  error: "Sorry, something went wrong on our side. Please try again in a moment.",
  streamInterrupted: "Sorry, my answer was cut off before it was complete. Please send your message again.",
  knowledgeBaseExcerpt: "Here is what our help center says about this:",
  csatPrompt: "How would you rate the help you received today?",
  orderVerify: "To look up order {orderNumber}, please confirm the email address you used to place it.",
  orderNotFound: "I couldn't find order {orderNumber}. Please check the order number and email address and try again.",
  askOrderNumber: "Could you give me your order number? You'll find it in your order confirmation email.",
  humanJoined: "{name} from our support team has joined the conversation.",
  conversationResolved:
    "This conversation has been marked as resolved. If you need anything else, just send us a message.",
  attachmentFailed:
    "I couldn't read the file {filename}. Please check that it is a clear PDF, photo or text file and send it again, or type the details here.",
};
