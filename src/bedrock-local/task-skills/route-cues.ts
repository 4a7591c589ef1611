import { shapeCues } from "./cue-set.ts";

// What makes a message more than one look-up in a help center, per language. Each pattern reads a
// folded clause (lower case, accents removed, ß as ss). They describe the shape of a request —
// comparing, conditioning, asking past a policy's limits, several asks at once — so they carry
// over to any shop's catalogue and policies.

/** Comparing two options or asking which is better. */
export const comparisonCues = shapeCues({
  en: [
    "\\b(?:difference|differences|differ|compare|compared|comparison|versus|vs)\\b",
    "\\bwhich (?:one|is|of|would|should|do you recommend)\\b",
    "\\b(?:better|worse|cheaper|quieter|lighter|stronger) (?:than|for|option)\\b",
    "\\b(?:the|a) [\\w-]+ or (?:the|a) [\\w-]+",
    "\\bor (?:should|do|must|can|would) (?:i|we)\\b",
  ],
  es: [
    "\\bdiferencias?\\b",
    "\\bcompar(?:ar|a|o|acion|ativa)\\b",
    "\\b(?:es )?(?:mejor|peor) (?:el|la|los|las|que|para)\\b",
    "\\bcual (?:es mejor|me recomiend|recomiend|conviene|elijo)",
    "\\b(?:el|la) [\\w-]+(?: [\\w-]+)? o (?:el|la)\\b",
    "\\bo (?:tengo que|debo|puedo|hay que)\\b",
  ],
  fr: [
    "\\bdifferences?\\b",
    "\\bcompar(?:er|aison|e)\\b",
    "\\b(?:mieux|meilleur|meilleure|moins cher)\\b",
    "\\b(?:lequel|laquelle|lesquels|lesquelles)\\b",
    "\\b(?:le|la) [\\w-]+(?: [\\w-]+)? ou (?:le|la)\\b",
    "\\bou (?:dois-je|faut-il|est-ce que je dois|je dois|puis-je)\\b",
  ],
  de: [
    "\\bunterschied",
    "\\bvergleich",
    "\\b(?:besser|schlechter|leiser|lauter|gunstiger|billiger|teurer|leichter|robuster)\\b",
    "\\b(?:der|die|das) [\\w-]+ oder (?:der|die|das)\\b",
    "\\bwelche[rsnm]?\\b.*\\boder\\b",
    "\\boder (?:muss|soll|kann|darf) ich\\b",
  ],
  zh: ["区别", "不同", "比较", "对比", "哪个", "哪款", "哪一个", "哪种", "还是"],
});

/** A condition on the answer: "if", "unless", "even though". */
export const conditionCues = shapeCues(
  {
    en: ["\\b(?:if|unless|even though|although|in case|provided that|as long as)\\b"],
    es: ["\\b(?:si|aunque|a menos que|en caso de|siempre que|salvo que)\\b"],
    fr: ["\\b(?:si|s'il|s'ils|meme si|sauf si|a condition|bien que|au cas ou|sachant que)\\b"],
    de: ["\\b(?:wenn|falls|obwohl|sofern|es sei denn)\\b"],
    zh: ["如果", "要是", "假如", "即使", "虽然", "万一", "的话", "除非", "只要"],
  },
  // "Whether", not "if": "quería saber si puedo", "je voudrais savoir si".
  {
    es: ["\\b(?:saber|preguntar(?:le|les)?|ver|comprobar|consultar) si\\b"],
    fr: ["\\bs'il (?:vous|te) plait\\b", "\\b(?:savoir|demander|voir|verifier) si\\b"],
  },
);

/** Asking past a policy's limits: used or opened goods, no receipt, after the deadline, an exception. */
export const exceptionCues = shapeCues({
  en: [
    "\\bexceptions?\\b",
    "\\b(?:already|been) (?:worn|used|opened|washed|assembled|installed)\\b",
    "\\bwithout (?:the |a |my |any )?(?:receipt|box|tags?|packaging|invoice|proof)\\b",
    "\\b(?:after|past|beyond|outside) (?:the )?(?:\\d+[- ]day|return|deadline|window|period)",
    "\\b(?:expired|final sale)\\b",
  ],
  es: [
    "\\bexcepcion",
    "\\bya (?:usad|abiert|puest|lavad|montad)",
    "\\bsin (?:el |la |los )?(?:ticket|tique|recibo|factura|caja|etiquetas?|embalaje|justificante)\\b",
    "\\b(?:fuera de|pasado el|despues del|vencido el) plazo\\b",
  ],
  fr: [
    "\\bexceptions?\\b",
    "\\bdeja (?:porte|utilise|ouvert|lave|monte)",
    "\\bdeballe",
    "\\bsans (?:le |la |l'|mon |ma )?(?:ticket|recu|facture|carton|emballage|etiquettes?|boite|preuve)\\b",
    "\\b(?:hors delai|apres le delai|delai (?:est )?depasse)\\b",
    "\\bjete (?:le carton|l'emballage|la boite)\\b",
  ],
  de: [
    "\\bausnahme",
    "\\b(?:bereits|schon) (?:benutzt|getragen|geoffnet|gewaschen|aufgebaut|montiert)\\b",
    "\\bohne (?:den |die |das )?(?:kassenbon|beleg|quittung|rechnung|karton|verpackung|etikett)",
    "\\bnach (?:ablauf|der frist|fristende)\\b",
    "\\bfrist (?:ist )?(?:abgelaufen|vorbei|verpasst)\\b",
  ],
  zh: ["例外", "已经用过", "用过了", "穿过", "拆封", "已拆", "没有小票", "没小票", "没有发票", "扔了", "过了.{0,6}期", "超过.{0,6}天"],
});

/** Another ask joined to the first: "and also", "además", "außerdem", "另外". */
export const additionalAskCues = shapeCues({
  en: ["\\b(?:and also|as well as|in addition|another question|and (?:is|are|do|does|can|will|would|what|how|who|when|where|should))\\b", "^\\s*also\\b"],
  es: ["\\b(?:ademas|otra pregunta|y (?:si|cuanto|como|que|quien|cuando|donde|se puede|hay|puedo|tengo))\\b"],
  fr: [
    "\\b(?:en plus|autre question|et (?:si|combien|comment|qui|quand|est-ce|y a-t-il|puis-je|pouvez-vous|dois-je))\\b",
    // A second question by inversion: "…, et les frais sont-ils inclus ?"
    "\\bet\\b.*-(?:il|ils|elle|elles|on)\\b",
  ],
  de: ["\\b(?:ausserdem|zusatzlich|noch eine frage|und (?:wer|wie|was|wann|wo|ob|kann|muss|fallen|gibt|ist|sind))\\b"],
  zh: ["另外", "还有", "而且", "并且", "以及", "顺便"],
});

/** Something that does not work: "won't load", "no funciona", "klappt nicht", "打不开". */
export const malfunctionCues = shapeCues({
  en: ["\\b(?:won't|doesn't|does not|can't|cannot|isn't|is not) (?:work|load|open|connect|autofill|log|let|charge|turn)", "\\bnot working\\b", "\\bnever (?:arrives|arrived|came|works)\\b"],
  es: ["\\bno (?:funciona|me deja|carga|puedo entrar|enciende|llega)\\b"],
  fr: ["\\b(?:ne fonctionne|ne marche|n'arrive pas|ne s'allume|ne charge)\\b"],
  de: ["\\b(?:funktioniert|klappt|geht|ladt|startet) (?:\\w+ )?(?:nicht|trotzdem nicht)\\b"],
  zh: ["打不开", "用不了", "登不上", "失败", "不能用", "没反应"],
});

/** Asking what to do about a problem or why it happens, rather than for a fact. */
export const howToResolveCues = shapeCues({
  en: ["\\bwhat (?:should|can|do) (?:i|we) do\\b", "\\bwhat are my options\\b", "\\bhow (?:do|can) (?:i|we) (?:fix|solve|resolve)\\b", "\\bwhy (?:does|doesn't|won't|is|isn't|can't|do|did)\\b"],
  es: ["\\bque (?:hago|puedo hacer|debo hacer|hacemos)\\b", "\\bpor que\\b"],
  fr: ["\\b(?:que (?:dois-je|puis-je) faire|que faire|quoi faire)\\b", "\\bpourquoi\\b"],
  de: ["\\bwas (?:kann|soll|muss) ich (?:tun|machen)\\b", "\\b(?:woran|warum|wieso)\\b"],
  zh: ["怎么办", "如何处理", "为什么", "什么原因"],
});

/** A billing error on the customer's account: charged twice, overcharged. */
export const billingErrorCues = shapeCues({
  en: ["\\b(?:charged|billed|debited) (?:me )?(?:twice|double|two times|more than|too much)\\b", "\\b(?:double[- ]charged|overcharged|double charge)\\b"],
  es: ["\\b(?:cobr\\w*|cargad\\w*|cargaron) (?:\\w+ )?(?:dos veces|de mas|doble)\\b", "\\bcobro (?:doble|duplicado)\\b"],
  fr: ["\\b(?:debite|preleve|facture)e?s? (?:\\w+ )?(?:deux fois|en double|trop)\\b", "\\bdouble (?:prelevement|debit|facturation)\\b"],
  de: ["\\b(?:doppelt|zweimal|zu viel) (?:abgebucht|berechnet|belastet|bezahlt)\\b", "\\bdoppelbuchung\\b"],
  zh: ["扣了两次", "重复扣款", "多扣", "扣款两次", "收了两次", "扣了.{0,4}两次"],
});
