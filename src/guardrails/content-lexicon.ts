import type { ContentFilterType } from "./policy.ts";

/**
 * Lexicon for the content filters, in en/es/fr/de/zh. Entries are either whole-word phrases
 * (see compileTerms) or regexes over folded text. Weights follow the prompt-attack convention:
 * a single ambiguous word stays below 0.4 so that no filter strength acts on it alone.
 *
 * This is a modest word-and-phrase list, not a classifier: it knows nothing of sarcasm, quotation,
 * negation or context beyond a few words, and its coverage is deepest in English.
 */
export interface LexiconEntry {
  weight: number;
  phrases?: string[];
  pattern?: string;
  /** Adds weight when a second-person word comes just before ("you idiot", "eres un inútil"). */
  directed?: boolean;
}

export type ContentCategory = Exclude<ContentFilterType, "PROMPT_ATTACK">;

export const contentLexicon: Record<ContentCategory, LexiconEntry[]> = {
  INSULTS: [
    { weight: 0.6, directed: true, phrases: ["idiot*", "moron*", "imbecil*", "idiota*", "cretin*", "abruti*", "connard*", "vollidiot*", "trottel*", "白痴", "蠢货", "废物", "混蛋", "脑残", "猪脑子", "弱智", "傻子"] },
    { weight: 0.5, directed: true, phrases: ["stupid", "estupido", "estupida", "stupide", "dumm", "dummkopf", "笨蛋", "蠢"] },
    { weight: 0.35, directed: true, phrases: ["useless", "incompetent", "pathetic", "dumb", "loser*", "clown*", "inutil", "inutiles", "incompetente", "incompetentes", "tonto", "payaso*", "nul", "nuls", "incompetents", "incapable*", "bon a rien", "nutzlos", "inkompetent", "unfahig", "blod", "depp", "没用", "无能"] },
    { weight: 0.7, phrases: ["bunch of clowns", "bunch of idiots", "bunch of morons", "bunch of amateurs", "bunch of crooks", "bunch of thieves", "panda de inutiles", "panda de idiotas", "hatajo de inutiles", "bande d'incapables", "bande de nuls", "bande d'idiots", "haufen idioten", "haufen versager", "一群废物", "一帮废物"] },
    { weight: 0.5, phrases: ["shut up", "go to hell", "callate", "vete al infierno", "ta gueule", "va au diable", "halt die klappe", "halt's maul", "fahr zur holle", "闭嘴", "去死吧"] },
    { weight: 0.85, phrases: ["you idiot", "you moron", "you stupid", "you're an idiot", "you are an idiot", "you are stupid", "you're stupid", "you're useless", "you are useless", "stupid bot", "useless bot", "dumb bot", "eres idiota", "eres un idiota", "eres estupido", "eres un inutil", "espece d'idiot", "espece de cretin", "tu es stupide", "t'es con", "du idiot", "du bist dumm", "du bist ein idiot", "你是白痴", "你这个白痴", "你是笨蛋", "你真蠢", "你是废物"] },
  ],
  HATE: [
    { weight: 0.9, phrases: ["nigger", "niggers", "faggot", "faggots", "kike", "kikes", "wetback", "wetbacks", "chink", "chinks", "sudaca", "sudacas", "negrata", "maricon", "bougnoule", "bougnoules", "youpin", "schwuchtel", "kanake", "kanaken", "untermensch", "untermenschen", "支那", "黑鬼"] },
    { weight: 0.35, phrases: ["subhuman", "vermin", "infrahumano", "sous-homme", "ungeziefer", "畜生"] },
    { weight: 0.3, phrases: ["immigrants", "muslims", "jews", "blacks", "gays", "women", "mexicans", "chinese", "arabs", "foreigners", "inmigrantes", "musulmanes", "judios", "negros", "mujeres", "extranjeros", "immigres", "musulmans", "juifs", "noirs", "arabes", "etrangers", "einwanderer", "auslander", "muslime", "juden", "schwarze", "frauen", "移民", "穆斯林", "犹太人", "黑人", "外国人", "女人"] },
    { weight: 0.5, phrases: ["should die", "should be killed", "should be exterminated", "are animals", "are vermin", "are subhuman", "are inferior", "go back to your country", "don't belong here", "deberian morir", "son animales", "son inferiores", "fuera de mi pais", "devraient mourir", "sont des animaux", "sont inferieurs", "rentrez chez vous", "sollten sterben", "sind tiere", "sind minderwertig", "raus aus unserem land", "应该去死", "都是畜生", "滚出"] },
    { weight: 0.75, phrases: ["sale arabe", "sale juif", "sale noir", "scheiss auslander", "scheiss juden", "puto negro", "putos inmigrantes"] },
  ],
  SEXUAL: [
    { weight: 0.8, phrases: ["porn", "porno", "pornography", "pornografia", "pornographie", "blowjob", "send nudes", "nudes", "dick pic", "naked pics", "nacktbilder", "nacktfotos", "fotos desnuda", "photos nue", "色情", "裸照", "黄片", "做爱"] },
    { weight: 0.7, phrases: ["have sex", "had sex", "sex with", "tener sexo", "sexo con", "follar", "coucher avec", "faire l'amour", "sex haben", "sex mit", "vogeln", "性交", "上床"] },
    { weight: 0.35, phrases: ["sex", "sexo", "sexe", "naked", "desnuda", "desnudo", "nue", "nackt", "orgasm", "orgasmo", "orgasme", "orgasmus", "horny", "cachondo", "cachonda", "excitee", "性感"] },
    { weight: 0.25, phrases: ["sexy", "nude", "lingerie", "erotic", "erotico", "erotique", "erotisch"] },
  ],
  VIOLENCE: [
    { weight: 0.9, phrases: ["i will kill you", "i'll kill you", "going to kill you", "gonna kill you", "kill you all", "shoot you", "stab you", "beat you up", "burn down your", "bomb your", "blow up your", "i will hurt you", "i'll find you", "te voy a matar", "os voy a matar", "voy a mataros", "matarte", "te voy a pegar", "voy a quemar", "je vais te tuer", "je vais vous tuer", "te tuer", "vous tuer", "je vais te frapper", "faire exploser", "ich bringe dich um", "ich bring dich um", "ich bringe euch um", "ich werde dich toten", "ich werde euch toten", "abstechen", "in die luft jagen", "杀了你", "弄死你", "砍死你", "打死你", "炸掉你们", "杀死你"] },
    { weight: 0.85, pattern: "\\b(?:i\\s+)?hope\\s+(?:you|your\\s+\\S+)\\s+(?:\\S+\\s+){0,2}?(?:die|dies|burns?|gets?\\s+hurt|rots?)\\b" },
    { weight: 0.85, phrases: ["ojala te mueras", "ojala os murais", "ojala se mueran", "que te mueras", "j'espere que tu vas crever", "va crever", "ich hoffe du stirbst", "ich hoffe, du stirbst", "verreck", "verrecke", "希望你死", "你去死吧", "去死吧", "murder you", "murder your"] },
    { weight: 0.35, phrases: ["murder", "massacre", "behead", "asesinar", "masacre", "assassiner", "massacrer", "ermorden", "massaker", "杀人", "屠杀"] },
    { weight: 0.25, phrases: ["kill", "killing", "bomb", "shoot", "weapon", "gun", "matar", "bomba", "arma", "tuer", "bombe", "toten", "umbringen", "waffe", "杀", "炸弹", "枪"] },
  ],
  MISCONDUCT: [
    { weight: 0.85, pattern: "\\bhow (?:do|can|could|would|to|should) (?:i |we |you |one )?(?:\\S+\\s+){0,2}?(?:hack|steal|shoplift|launder|counterfeit|forge|pirate|scam|defraud|break into|make (?:a )?(?:bomb|meth|explosives?|fake|forged|counterfeit))\\b" },
    { weight: 0.6, phrases: ["fake receipt", "fake receipts", "forged receipt", "fake invoice", "recibo falso", "factura falsa", "faux ticket de caisse", "fausse facture", "gefalschte quittung", "gefalschte rechnung", "gefalschten beleg", "假发票", "假收据"] },
    { weight: 0.85, pattern: "\\bcomo (?:puedo |se puede |hago para |hacer para )?(?:\\S+\\s+){0,2}?(?:hackear|robar|falsificar|piratear|estafar|blanquear|fabricar una bomba)\\b" },
    { weight: 0.85, pattern: "\\bcomment (?:puis-je |je peux |faire pour |on peut |peut-on )?(?:\\S+\\s+){0,2}?(?:pirater|voler|falsifier|arnaquer|escroquer|blanchir|fabriquer une bombe)\\b" },
    { weight: 0.85, pattern: "\\bwie (?:kann|konnte|soll) (?:ich|man)\\b(?:\\s+\\S+){0,5}?\\s+(?:hacken|stehlen|klauen|falschen|betrugen|knacken|waschen)\\b" },
    { weight: 0.85, pattern: "(?:怎么|如何|怎样|教我).{0,6}?(?<!被)(?:黑进|入侵|盗取|偷走|偷|诈骗|洗钱|伪造|破解|制造炸弹)" },
    { weight: 0.7, phrases: ["buy cocaine", "buy heroin", "buy meth", "buy drugs", "buy a gun illegally", "buy stolen", "sell stolen", "use a stolen card", "fake id", "fake passport", "comprar cocaina", "comprar drogas", "acheter de la cocaine", "acheter de la drogue", "kokain kaufen", "drogen kaufen", "gestohlene kreditkarte", "买毒品", "假身份证", "盗刷"] },
    { weight: 0.6, phrases: ["without getting caught", "without being caught", "sin que me pillen", "sin que me descubran", "sans me faire prendre", "sans se faire prendre", "ohne erwischt zu werden", "不被发现", "不被抓"] },
    { weight: 0.45, phrases: ["stolen cards", "stolen credit cards", "tarjetas robadas", "cartes volees", "gestohlenen karten", "gestohlene karten", "被盗的卡", "盗来的卡"] },
    { weight: 0.3, phrases: ["cocaine", "heroin", "cocaina", "heroina", "kokain", "heroin", "毒品"] },
  ],
};

/** Second-person words that turn an insult word into an insult aimed at someone. */
// Possessives ("your product is useless") are left out on purpose: criticism of a product is no insult.
export const secondPersonPhrases = [
  "you", "you're", "youre", "you are", "eres", "sois", "vous", "t'es", "tu es", "vous etes", "du bist", "ihr seid",
  "你", "你们", "你这个",
];
