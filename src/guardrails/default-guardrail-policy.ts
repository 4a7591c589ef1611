import type { GuardrailPolicy } from "./policy.ts";

const competitorBrands = [
  "amazon", "best buy", "walmart", "ebay", "aliexpress", "temu", "shein", "zalando", "otto",
  "mediamarkt", "media markt", "el corte ingles", "fnac", "cdiscount", "carrefour", "darty", "淘宝", "京东",
  "天猫", "拼多多", "亚马逊",
];

/** The policy used when none is configured: the protections a support desk needs on day one. */
export const defaultGuardrailPolicy: GuardrailPolicy = {
  name: "switchboard-default",
  contentFilters: [
    { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
    { type: "SEXUAL", inputStrength: "HIGH", outputStrength: "HIGH" },
    { type: "VIOLENCE", inputStrength: "HIGH", outputStrength: "HIGH" },
    { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
    // Customers vent; only insults aimed at someone should end their turn.
    { type: "INSULTS", inputStrength: "MEDIUM", outputStrength: "HIGH" },
    { type: "MISCONDUCT", inputStrength: "HIGH", outputStrength: "HIGH" },
  ],
  deniedTopics: [
    {
      name: "competitor-comparison",
      definition: "Questions or answers comparing our products, prices or service with those of competitors.",
      examples: [
        "Is your product better than Amazon?",
        "Why should I buy from you instead of Best Buy?",
        "Is it cheaper on Zalando?",
      ],
      action: "BLOCK",
      signals: [
        {
          weight: 0.4,
          phrases: [
            // Comparatives alone are harmless ("is the blue one better?"); they count next to a competitor.
            "better", "best", "cheaper", "for less", "lower price", "better than", "cheaper than", "worse than", "more expensive than", "compared to", "compared with",
            "compare* to", "compare* with", "comparison with", "vs", "vs.", "versus", "instead of", "rather than",
            "price match", "beat* the price", "cheaper on", "cheaper at",
            "mejor", "mejores", "mas barato", "mas barata", "mejor que", "mejores que", "peor que", "peores que", "mas barato que", "mas caro que", "mas barato en", "compar* con", "en vez de",
            "en lugar de", "frente a",
            "meilleur", "meilleure", "moins cher", "moins chere", "meilleur que", "meilleurs que", "meilleure que", "meilleures que", "pire que", "moins cher que", "plus cher que", "moins cher chez", "compar* a",
            "compar* avec", "au lieu de", "plutot que", "par rapport a",
            "besser", "gunstiger", "billiger", "besser als", "schlechter als", "billiger als", "gunstiger als", "teurer als", "im vergleich zu",
            "vergleich* mit", "statt bei", "anstatt bei", "gunstiger bei", "billiger bei",
            "比较", "对比", "相比", "比起", "更好", "更便宜", "更划算", "不如", "便宜", "哪个好", "哪家",
            // Comparative constructions: "faster than", "más rápido que", "schneller als", "比你们好".
            // Short stems are left out so that "other than" or "aber als" do not count.
            "re:\\b[a-z]{4,}er\\s+than\\b", "re:\\b(?:more|less)\\s+[a-z]+\\s+than\\b",
            "re:\\b(?:mas|menos)\\s+[a-z]+\\s+que\\b", "re:\\b\\d+\\s*(?:euros?|eur|€|\\$|dolares)?\\s*(?:menos|mas barato)\\b",
            "re:\\b\\d+\\s*(?:dollars?|bucks|euros?|eur|€|\\$)?\\s*(?:less|cheaper|weniger|billiger|gunstiger|de moins|moins cher)\\b",
            "re:\\b(?:plus|moins)\\s+[a-z]+\\s+que\\b", "mieux", "re:\\b[a-z]{4,}er\\s+als\\b", "mehr als",
            "re:比(?![如方例赛分])(?:你们|你|这里|这边|贵店)?.{0,6}?(?:好|便宜|快|强|贵|划算|优惠)",
            // A competitor's offer held against us: "X offers free shipping, why don't you?"
            "why don't you", "why can't you", "por que vosotros no", "por que ustedes no", "pourquoi pas vous",
            "pourquoi vous ne", "warum ihr nicht", "warum konnt ihr", "为什么你们不",
          ],
        },
        {
          weight: 0.4,
          phrases: [
            "competitor*", "other store*", "other shop*", "another store", "another shop",
            "competencia", "competidor*", "otras tiendas", "otra tienda",
            "concurrent*", "concurrence", "autres magasins", "un autre magasin", "autre boutique",
            "konkurrenz", "konkurrent*", "wettbewerber*", "anderen shops", "anderer shop", "anderen handler",
            "竞争对手", "别家", "其他商店", "其他店", "别的店",
            ...competitorBrands,
          ],
        },
        {
          weight: 0.7,
          phrases: [
            "why should i buy from you", "why buy from you", "why would i buy from you", "why would i order here",
            "why should i order here", "why buy here", "why order here", "por que deberia compraros", "por que comprar aqui",
            "pourquoi acheter chez vous", "pourquoi devrais-je acheter chez vous", "warum sollte ich bei euch kaufen",
            "warum sollte ich bei ihnen kaufen", "为什么要在你们这里买", "为什么选择你们而不是",
          ],
        },
      ],
    },
    {
      name: "legal-advice",
      definition: "Requests for legal advice or legal opinions, including lawsuits and legal action.",
      examples: ["Can I sue you for this?", "What are my legal rights?", "Is this contract clause legal?"],
      action: "BLOCK",
      signals: [
        {
          weight: 0.7,
          phrases: [
            // "Sue" alone is too often a name.
            "sue you", "sue your", "sue the", "sue them", "sue this", "sue for", "sue over", "sue him", "sue her",
            "sue it", "sue?", "i will sue", "i'll sue", "going to sue", "gonna sue", "suing", "sued", "lawsuit", "legal action", "take you to court", "small claims",
            "class action",
            "demandar*", "denunciar*", "poner una demanda", "acciones legales", "accion legal", "llevar a juicio", "llevaros a juicio", "ir a juicio", "juicio contra",
            "poursuivre en justice", "poursuites judiciaires", "action en justice", "proces", "porter plainte",
            "verklagen", "verklage", "klage einreichen", "rechtliche schritte", "vor gericht",
            "起诉", "告你们", "告你", "诉讼", "打官司", "法律行动", "上法院",
            // Bringing in a lawyer is legal action too; a lawyer merely mentioned is not.
            "re:\\b(?:contact\\w*|call\\w*|talk\\w* to|hear from|speak\\w* (?:to|with)|get|hire|involve)\\s+(?:my|a|an|our)\\s+(?:lawyer|attorney|solicitor)s?\\b",
            "re:\\bmy\\s+(?:lawyer|attorney|solicitor)s?\\s+(?:will|is going to|shall)\\b",
            "re:\\bmi\\s+abogad[oa]\\s+(?:(?:os|les|te|se|lo)\\s+)?(?:va|contactara|llamara|escribira)\\b",
            "re:\\b(?:hablar|contactar|llamar)\\s+(?:con|a)\\s+(?:mi|un)\\s+abogad[oa]\\b",
            "re:\\bmon\\s+avocat\\s+(?:va|vous|te)\\b", "re:\\b(?:contacter|appeler|voir|prendre|consulter)\\s+(?:mon|un)\\s+avocat\\b",
            "re:\\bzum\\s+anwalt\\b", "re:\\bmein(?:en)?\\s+anwalt\\s+(?:wird|einschalten|kontaktieren|informieren)\\b",
            "anwalt einschalten", "找律师", "请律师", "我的律师会",
          ],
        },
        {
          weight: 0.4,
          phrases: [
            "lawyer*", "attorney*", "legal counsel", "abogad*", "avocat", "avocate", "avocats", "anwalt",
            "anwaltin", "anwalte", "rechtsanwalt*", "律师",
          ],
        },
        {
          weight: 0.45,
          phrases: [
            "legal rights", "legally", "by law", "according to the law", "under the law", "segun la ley", "por ley",
            "selon la loi", "d'apres la loi", "laut gesetz", "nach dem gesetz", "根据法律", "按照法律", "liable", "liability",
            "consumer law", "consumer rights", "breach of contract", "illegal",
            "derechos legales", "es legal", "legalmente", "juridico", "juridica", "juridicos", "ley de consumidores", "derechos del consumidor", "ilegal",
            "droits legaux", "c'est legal", "legalement", "juridique", "juridiques", "recours juridique*", "droit de la consommation", "illegal",
            "rechtlich", "juristisch*", "verbraucherrecht*", "gesetzlich", "rechtswidrig",
            "合法", "法律", "违法", "消费者权益", "法律权利",
          ],
        },
        {
          // Asking whether something is legal is asking for a legal opinion.
          weight: 0.6,
          phrases: [
            "is it legal", "is that legal", "is this legal", "is it illegal", "is that illegal", "es legal que",
            "es ilegal que", "est-ce legal", "est-ce illegal", "est-il legal", "ist das legal", "ist es legal",
            "ist das illegal", "ist es erlaubt", "合法吗", "违法吗", "是否合法",
            "legal requirement", "required by law", "legal obligation", "the law requires", "obligatorio por ley",
            "obligacion legal", "exigence legale", "obligation legale", "obligatoire par la loi", "gesetzlich vorgeschrieben",
            "gesetzliche pflicht", "rechtlich erlaubt", "法律规定", "re:违反.{0,8}法",
          ],
        },
        {
          weight: 0.3,
          phrases: [
            "should i", "can i", "do i need", "am i", "what can i do", "what are my", "is it", "is that", "are you allowed",
            "debo", "puedo", "necesito", "tengo derecho", "cuales son mis",
            "est-ce", "avez-vous le droit", "dois-je", "puis-je", "ai-je besoin", "ai-je le droit", "est-ce que je peux", "quels sont mes",
            "soll ich", "kann ich", "brauche ich", "habe ich anspruch", "darf ich", "ist es", "ist das", "durft ihr",
            "我应该", "我可以", "我需要", "能不能", "我能",
          ],
        },
      ],
    },
  ],
  words: { custom: [], managedProfanity: true },
  sensitiveInformation: {
    entities: [
      { type: "EMAIL", action: "ANONYMIZE" },
      { type: "PHONE", action: "ANONYMIZE" },
      { type: "IP_ADDRESS", action: "ANONYMIZE" },
      { type: "CREDIT_DEBIT_CARD_NUMBER", action: "BLOCK" },
      { type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" },
      { type: "INTERNATIONAL_BANK_ACCOUNT_NUMBER", action: "BLOCK" },
      { type: "US_BANK_ACCOUNT_NUMBER", action: "BLOCK" },
    ],
    regexes: [
      {
        name: "PASSWORD",
        description: "A password typed into the chat; only the value is replaced, and only if it looks like one.",
        pattern:
          "(?i)(?:password|passwort|kennwort|contraseña|contrasena|mot de passe|密码)\\s*(?:is|es|est|ist|lautet|是|:|=)\\s*:?\\s*(?<value>(?=\\S*[\\d!@#$%^&*])\\S{4,})",
        action: "ANONYMIZE",
      },
    ],
  },
  messages: {
    blockedInput: {
      en: "Sorry, I can't help with that request. Is there something else I can help you with?",
      es: "Lo siento, no puedo ayudarte con esa solicitud. ¿Hay algo más en lo que pueda ayudarte?",
      fr: "Désolé, je ne peux pas traiter cette demande. Puis-je vous aider avec autre chose ?",
      de: "Entschuldigung, bei dieser Anfrage kann ich nicht helfen. Kann ich Ihnen anderweitig helfen?",
      zh: "抱歉，我无法处理这个请求。还有其他可以帮您的吗？",
    },
    blockedOutput: {
      en: "Sorry, I can't share that information. Is there something else I can help you with?",
      es: "Lo siento, no puedo compartir esa información. ¿Hay algo más en lo que pueda ayudarte?",
      fr: "Désolé, je ne peux pas partager cette information. Puis-je vous aider avec autre chose ?",
      de: "Entschuldigung, diese Information kann ich nicht weitergeben. Kann ich Ihnen anderweitig helfen?",
      zh: "抱歉，我无法提供该信息。还有其他可以帮您的吗？",
    },
  },
};
