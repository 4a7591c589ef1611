import type { CueSet, MultilingualCues } from "./find-cue.ts";

// Cancelling an order, a subscription, a contract or an account. "Noise cancelling" headphones
// and questions about the cancellation policy share the words, not the intent.
const rx = (source: string) => new RegExp(source, "u");

const en: CueSet = {
  cues: [
    { pattern: rx("\\bcancel(?:l?ing|l?ed|s|lation)?\\b"), score: 0.9 },
    { pattern: rx("\\bunsubscribe\\b"), score: 0.85 },
    { pattern: rx("\\b(?:close|delete|terminate|deactivate|end|stop)\\s+(?:my|the)\\s+(?:account|membership|subscription|contract|plan)\\b"), score: 0.85 },
  ],
  lookAlikes: [rx("\\bnoise[-\\s]*cancel\\w*"), rx("\\bcancellation\\s+(?:policy|policies|terms|fee|fees|window)\\b")],
  negation: rx(
    "\\b(?:don't|dont|do\\s+not|won't|wouldn't|never)\\s+(?:want|need|wish|plan|intend)\\b|\\bnot\\s+(?:trying|looking|going|planning)\\s+to\\b|\\bno\\s+need\\s+to\\b|\\brather\\s+than\\b|\\binstead\\s+of\\b|\\bwithout\\b",
  ),
  notNegating: rx("\\bwhy\\b"),
};

const es: CueSet = {
  cues: [
    { pattern: rx("\\bcancel\\w*|\\banul(?:ar|e|en|ad|en|acion|ado|ada)\\w*"), score: 0.9 },
    { pattern: rx("\\bdar(?:me|se)?\\s+de\\s+baja\\b|\\bbaja\\s+(?:de|del)\\s+(?:servicio|suscripcion|contrato|cuenta)\\b|\\brescind\\w*"), score: 0.85 },
  ],
  lookAlikes: [rx("\\bcancelacion\\s+(?:activa\\s+)?de\\s+ruido\\b"), rx("\\bpoliticas?\\s+de\\s+(?:cancelacion|reembolsos?|devoluci\\w+)\\b")],
  negation: rx("\\bno\\s+(?:quiero|necesito|deseo|pienso|voy\\s+a)\\b|\\ben\\s+(?:lugar|vez)\\s+de\\b|\\bsin\\b"),
  notNegating: rx("\\bpor\\s+que\\b"),
};

const fr: CueSet = {
  cues: [
    { pattern: rx("\\bannul\\w*|\\bresili\\w*"), score: 0.9 },
    { pattern: rx("\\b(?:me\\s+)?desabonn\\w*|\\bdesinscri\\w*|\\bmettre\\s+fin\\s+a\\s+(?:mon|ma|l')"), score: 0.85 },
  ],
  lookAlikes: [
    rx("\\b(?:reduction|annulation)\\s+(?:active\\s+)?(?:de|du)\\s+bruit\\b"),
    rx("\\b(?:politique|conditions)\\s+(?:d'annulation|de\\s+resiliation|de\\s+remboursement)\\b"),
  ],
  negation: rx("\\b(?:veux|souhaite|compte|vais)\\s+pas\\b|\\bpas\\s+besoin\\s+d'?|\\bplutot\\s+que\\b|\\bau\\s+lieu\\s+d'?|\\bsans\\b"),
  notNegating: rx("\\bpourquoi\\b"),
};

const de: CueSet = {
  cues: [
    { pattern: rx("\\bstorn\\w*|\\bkundig(?:e|en|t|ung)\\w*"), score: 0.9 },
    { pattern: rx("\\babbestell\\w*|\\b(?:abo|abonnement|vertrag|mitgliedschaft|konto)\\s+(?:beenden|auflosen|loschen)\\b|\\bzurucktreten\\b"), score: 0.85 },
    { pattern: rx("\\bwiderruf(?:e|en|t)?\\b"), score: 0.8 },
  ],
  lookAlikes: [rx("\\bnoise[-\\s]*cancel\\w*"), rx("\\b(?:widerrufs|storno|stornierungs|kundigungs)(?:belehrung|recht|bedingungen|frist|fristen|gebuhr)\\w*")],
  negation: rx("\\b(?:will|mochte|werde)\\s+(?:nicht|nichts|keine)\\b|\\bnicht\\s*$|\\bstatt\\b|\\bohne\\b"),
  notNegating: rx("\\b(?:warum|wieso)\\b"),
};

const zh: CueSet = {
  cues: [
    { pattern: rx("(?<![被已])取消(?!了)"), score: 0.9 },
    { pattern: rx("退订|退掉(?:会员|订阅|服务)|注销(?:账号|账户|会员)?|解约|停止(?:订阅|续费|自动续费)|关闭自动续费|不想续费|退会员"), score: 0.85 },
  ],
  lookAlikes: [rx("取消(?:政策|规则|条款)")],
  negation: rx("不想|不要|不用|不需要|不打算|不是要"),
  notNegating: rx("为什么|为啥"),
};

/** The wordings of "cancel my order / subscription / account" in the five languages. */
export const cancelRequestCues: MultilingualCues = { en, es, fr, de, zh };
