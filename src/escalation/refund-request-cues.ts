import type { CueSet, MultilingualCues } from "./find-cue.ts";

// A refund request is money going back to the customer. Sending an item back ("return",
// "devolución", "退货") is not one by itself, and a question about the policy is not a request.
// The negations here are refusals ("I don't want a refund"), not every "not": "I still haven't
// received my refund" is about a refund all the same.
const rx = (source: string) => new RegExp(source, "u");

const en: CueSet = {
  cues: [
    { pattern: rx("\\brefund(?:s|ed|ing)?\\b|\\bmoney\\s+back\\b"), score: 0.9 },
    { pattern: rx("\\breimburs\\w*|\\b(?:give|pay|send)\\s+(?:me\\s+)?(?:back\\s+)?my\\s+money\\b|\\bpay\\s+me\\s+back\\b|\\breturn\\s+my\\s+money\\b"), score: 0.85 },
    // "I want my $650 back": money back with the sum in between.
    { pattern: rx("\\b(?:want|need|get|give\\s+me)\\s+(?:my|the|those|these|our)\\s+(?:us)?[$€£¥]?\\s?\\d[\\d.,]*\\s?(?:[$€£¥]|usd|eur|euros?|dollars?|bucks)?\\s+back\\b"), score: 0.85 },
    { pattern: rx("\\bcredit\\s+(?:it\\s+)?back\\b|\\bcredit\\s+my\\s+(?:card|account)\\b"), score: 0.75 },
  ],
  lookAlikes: [rx("\\b(?:refund|return|returns|cancellation)\\s+(?:policy|policies|rules|terms|conditions)\\b")],
  negation: rx(
    "\\b(?:don't|dont|do\\s+not|won't|wouldn't|never)\\s+(?:want|need|ask(?:ed)?\\s+for|like)\\b|\\bnot\\s+(?:asking|looking|after)\\b|\\bno\\s+need\\b|\\brather\\s+than\\b|\\binstead\\s+of\\b|\\bwithout\\b|\\bno\\s*$|\\bnot\\s+(?:a|for\\s+a)\\s*$",
  ),
  notNegating: rx("\\bwhy\\b"),
};

const es: CueSet = {
  cues: [
    { pattern: rx("\\breembols\\w*|\\bdevol\\w*\\s+(?:de\\s+)?(?:el|mi|mis|los|las|del)?\\s*(?:dinero|importe|pago|\\d)"), score: 0.9 },
    { pattern: rx("\\b(?:dinero|importe)\\s+de\\s+vuelta\\b|\\brecuperar\\s+(?:mi|el)\\s+dinero\\b|\\breintegr\\w*"), score: 0.85 },
  ],
  lookAlikes: [rx("\\bpoliticas?\\s+de\\s+(?:reembolsos?|devoluci\\w+|cancelaci\\w+)\\b")],
  negation: rx("\\bno\\s+(?:quiero|necesito|pido|busco|deseo)\\b|\\ben\\s+(?:lugar|vez)\\s+de\\b|\\bsin\\b|\\bno\\s*$"),
  notNegating: rx("\\bpor\\s+que\\b"),
};

const fr: CueSet = {
  cues: [
    { pattern: rx("\\brembours\\w*"), score: 0.9 },
    { pattern: rx("\\b(?:recuperer|recupere|rendre|rendez)(?:-moi)?\\s+(?:mon\\s+|l'|mes\\s+)argent\\b"), score: 0.85 },
  ],
  lookAlikes: [rx("\\b(?:politique|conditions)\\s+(?:de\\s+remboursement|de\\s+retour|d'annulation)\\b")],
  negation: rx("\\b(?:veux|demande|souhaite|cherche)\\s+pas\\b|\\bpas\\s+(?:besoin\\s+d'?(?:un|de)?|de|d'un)\\s*$|\\bplutot\\s+qu'?|\\bau\\s+lieu\\s+d'?|\\bsans\\b"),
  notNegating: rx("\\bpourquoi\\b"),
};

const de: CueSet = {
  cues: [
    { pattern: rx("erstatt\\w*"), score: 0.9 },
    { pattern: rx("\\bgeld\\s+zuruck\\b|\\bmein\\s+geld\\b"), score: 0.85 },
    { pattern: rx("\\bruckzahlung\\b|\\bzuruckzahl\\w*|\\bzuruckuberweis\\w*|\\bgutschrift\\b"), score: 0.8 },
  ],
  lookAlikes: [rx("\\b(?:anzeige|bericht|strafanzeige)\\s+erstatt\\w*"), rx("\\w*erstattungs(?:richtlinien?|bedingungen|regeln)\\b")],
  negation: rx("\\b(?:will|mochte|brauche)\\s+(?:keine|kein|keinen)\\b|\\bkeine\\s*$|\\bstatt\\b|\\banstatt\\b|\\bohne\\b"),
  notNegating: rx("\\b(?:warum|wieso)\\b"),
};

const zh: CueSet = {
  cues: [
    { pattern: rx("退款|退钱|退还|返还|退费|退回(?:货款|费用|钱|款)|把钱退|钱退|退我钱"), score: 0.9 },
    { pattern: rx("(?:能|可以|可不可以|能不能)退(?:吗|么|嘛)?"), score: 0.7 },
  ],
  lookAlikes: [rx("退款(?:政策|规则|规定|流程说明)")],
  negation: rx("不要|不需要|不用|不想|不是要|无需"),
  notNegating: rx("为什么|为啥"),
};

/** The wordings of "I want my money back" in the five languages. */
export const refundRequestCues: MultilingualCues = { en, es, fr, de, zh };
