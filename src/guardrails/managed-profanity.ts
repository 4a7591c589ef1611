/**
 * A small managed profanity list for en/es/fr/de/zh, matched as whole words after folding case and
 * accents. Words that are innocent in another shipped language or as a name are left out on purpose
 * ("con", "Dick", "Ass", "hostia"), as are mild words customers use when venting ("damn", "crap").
 */
export const managedProfanity: readonly string[] = [
  // en
  "fuck", "fucks", "fucked", "fucking", "fucker", "fuckers", "motherfucker", "motherfucking", "shit", "shits",
  "shitty", "bullshit", "asshole", "assholes", "bitch", "bitches", "cunt", "cunts", "twat", "wanker", "bastard",
  "bastards", "dickhead", "piss off", "son of a bitch",
  // Common disguised spellings; a list cannot chase them all.
  "f*ck", "f**k", "f*cking", "f**king", "fck", "fcking", "fuk", "fuking", "sh*t", "s**t", "sh1t", "b*tch", "a**hole", "a$$hole",
  // es
  "mierda", "joder", "jodido", "jodidos", "jodida", "gilipollas", "cabron", "cabrones", "cabrona", "puta", "putas",
  "hijo de puta", "hijos de puta", "pendejo", "pendejos", "pendeja", "culero", "chingada", "chingar",
  "me cago en",
  // fr
  "merde", "putain", "connard", "connards", "connasse", "salope", "salopes", "encule", "encules", "enculer",
  "pute", "fils de pute", "nique ta mere", "bordel de merde",
  // de
  "scheiße", "scheisse", "scheiß", "scheiss", "arschloch", "arschlocher", "fotze", "wichser", "hurensohn",
  "fick", "ficken", "fick dich", "verfickt", "verfickte", "miststuck", "leck mich",
  // zh
  // Han has no word boundaries, so two-character entries that can straddle words ("体操你们") are left out.
  "他妈的", "操你妈", "傻逼", "傻b", "妈逼", "狗日的", "王八蛋", "卧槽", "草泥马",
];
