/**
 * Prompt-attack evidence, written against folded text (lower case, no accents, ASCII punctuation).
 * Each pattern carries a weight; weights combine by noisy-or, so one strong pattern or several weak
 * cues are needed. "Weak" patterns are on their own below every threshold (< 0.4).
 */
export interface WeightedPattern {
  pattern: RegExp;
  weight: number;
  /** Only overrides can be excused by counter-cues ("the instructions I gave you"). */
  overridesInstructions?: boolean;
}

// Up to n intervening words, so "ignore all of the previous instructions" still matches.
const gap = (words: number): string => `(?:\\s+\\S+){0,${words}}?\\s+`;

function weighted(weight: number, source: string): WeightedPattern {
  return { weight, pattern: new RegExp(source.replaceAll("GAP3", gap(3)).replaceAll("GAP2", gap(2)), "gmu") };
}

function override(weight: number, source: string): WeightedPattern {
  return { ...weighted(weight, source), overridesInstructions: true };
}

const overrideObjectsEn = "(?:instructions?|directions|prompts?|rules?|directives?|guidelines?|guardrails?|constraints?|restrictions?|programming|policies|commands?|context)";
const overrideObjectsEs = "(?:instrucciones|reglas|indicaciones|directrices|normas|restricciones|ordenes|politicas|prompt)";
const overrideObjectsFr = "(?:instructions|consignes|regles|directives|restrictions|ordres|prompt)";
const overrideObjectsDe = "(?:anweisungen|instruktionen|regeln|vorgaben|richtlinien|einschrankungen|befehle|prompt)";
const overrideObjectsZh = "(?:指令|指示|说明|规则|提示|设定|要求|命令)";

export const promptAttackPatterns: WeightedPattern[] = [
  // Instruction override.
  override(0.85, `\\b(?:ignore|disregard|forget|override|bypass|skip|abandon|drop)\\bGAP3(?:previous|prior|above|earlier|preceding|all|any|your|system|original|initial|existing|those|these)\\bGAP2${overrideObjectsEn}\\b`),
  override(0.8, `\\b(?:do not|don't|dont|never|stop)\\s+(?:follow(?:ing)?|obey(?:ing)?|respect(?:ing)?|apply(?:ing)?)\\s+(?:your|the|any|those|these)\\s+(?:\\S+\\s+)?${overrideObjectsEn}\\b`),
  override(0.35, `\\b(?:ignore|disregard|forget)\\s+the\\s+${overrideObjectsEn}\\b`),
  override(0.8, `\\b(?:ignore|disregard|forget)\\s+(?:(?:everything|all|anything)\\s+)?(?:the\\s+)?(?:above|before this|previously said|said before)\\b`),
  override(0.8, `\\b(?:forget|ignore|disregard)\\s+(?:everything|all|whatever)\\s+(?:you(?:'ve|\\s+have|\\s+were)?\\s+(?:been\\s+)?(?:told|given|instructed)|(?:they|someone)\\s+told\\s+you)\\b`),
  override(0.8, `\\bolvid\\S*\\s+todo\\s+lo\\s+que\\s+te\\s+(?:han\\s+dicho|dijeron|ordenaron|indicaron)\\b`),
  override(0.8, `\\b(?:oublie|oubliez|ignore|ignorez)\\s+tout\\s+ce\\s+qu'on\\s+(?:t'a|vous\\s+a)\\s+(?:dit|demande)\\b`),
  override(0.8, `\\bvergiss\\s+alles,?\\s+was\\s+(?:man\\s+)?dir\\s+(?:gesagt|befohlen|aufgetragen)\\b`),
  override(0.8, `忘(?:记|掉).{0,4}(?:被告知|告诉你|跟你说)的(?:一切|所有)`),
  override(0.85, `\\b(?:ignora|ignore|ignoren|olvida|olvide|olvidate de|olviden|descarta|omite|salta|pasa de)\\bGAP3(?:tus|todas|todos|sus|cualquier)\\bGAP2${overrideObjectsEs}\\b`),
  override(0.85, `\\b(?:ignora|ignore|ignoren|olvida|olvidate de|descarta|omite)\\b(?:\\s+\\S+){0,2}?\\s+${overrideObjectsEs}\\s+(?:\\S+\\s+)?(?:anteriores|previas|de arriba|del sistema|originales|iniciales)\\b`),
  override(0.8, `\\bno\\s+(?:sigas|obedezcas|respetes|cumplas|hagas caso a)\\s+(?:tus|las|sus)\\s+${overrideObjectsEs}\\b`),
  override(0.85, `\\b(?:ignore|ignorez|oublie|oubliez|neglige|negligez|fais abstraction de)\\bGAP3(?:tes|vos|toutes|tous)\\bGAP2${overrideObjectsFr}\\b`),
  override(0.85, `\\b(?:ignore|ignorez|oublie|oubliez|neglige|negligez)\\b(?:\\s+\\S+){0,2}?\\s+${overrideObjectsFr}\\s+(?:\\S+\\s+)?(?:precedentes|anterieures|ci-dessus|du systeme|initiales|d'origine)\\b`),
  override(0.8, `\\bne\\s+(?:suis|respecte|suivez|respectez)\\s+(?:plus\\s+)?(?:tes|vos|les)\\s+${overrideObjectsFr}\\b`),
  override(0.85, `\\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|uberspringe)\\bGAP3(?:alle|alles|deine|ihre|vorherigen|vorigen|bisherigen|obigen|fruheren|system\\S*)\\bGAP2${overrideObjectsDe}\\b`),
  override(0.8, `\\b(?:alle|deine|ihre|vorherigen|vorigen|bisherigen|obigen)\\s+(?:\\S+\\s+)?${overrideObjectsDe}\\b(?:\\s+\\S+){0,2}?\\s+(?:ignorieren|vergessen|missachten)\\b`),
  override(0.85, `(?:忽略|无视|忽视|忘记|忘掉|不要理会|不要遵守|不再遵守|跳过|抛开).{0,6}?(?:之前|以前|先前|上面|以上|前面|所有|全部|你的|系统)的?.{0,4}?${overrideObjectsZh}`),
  override(0.6, `\\b(?:new|updated|real|actual|true|revised)\\s+(?:system\\s+)?(?:instructions?|prompt|rules)\\s*:`),
  override(0.6, `\\b(?:nuevas|nouvelles|neue)\\s+(?:instrucciones|instructions|consignes|anweisungen|regeln)\\s*:`),
  override(0.6, `新的?(?:指令|指示|规则)\\s*:`),

  // Role play and jailbreak.
  weighted(0.9, `\\bdo anything now\\b`),
  weighted(0.25, `\\bdan\\b`),
  weighted(0.8, `\\b(?:you are|you're|eres|tu es|du bist)\\s+(?:now\\s+|ahora\\s+|maintenant\\s+|jetzt\\s+)?dan\\b`),
  weighted(0.7, `\\bjailbr(?:eak|oken|eaking)\\b`),
  weighted(0.6, `越狱`),
  weighted(0.85, `\\b(?:you(?:'re| are)|you'?re)\\s+(?:now\\s+)?in\\s+(?:developer|dev|god|debug|admin|unrestricted|jailbreak|dan)\\s+mode\\b`),
  weighted(0.8, `\\b(?:developer|dev|god|unrestricted|jailbreak|dan)\\s+mode\\s+(?:enabled|activated|output|on(?=\\s*[.!:;,]|\\s*$))`),
  weighted(0.5, `\\b(?:enable|activate|enter|switch to|turn on)\\s+(?:god|unrestricted|jailbreak|dan)\\s+mode\\b`),
  weighted(0.3, `\\b(?:developer|dev)\\s+mode\\b`),
  weighted(0.75, `\\bmodo\\s+(?:desarrollador|dios|sin restricciones|sin filtros|jailbreak|dan)\\b`),
  weighted(0.75, `\\bmode\\s+(?:developpeur|dieu|sans restrictions?|sans filtres?|jailbreak|dan)\\b`),
  weighted(0.75, `\\b(?:entwicklermodus|developer-modus|gottmodus|gott-modus|modus ohne (?:einschrankungen|filter))\\b`),
  weighted(0.75, `(?:开发者|开发人员|上帝|无限制|越狱)模式`),
  weighted(0.5, `\\bpretend\\s+(?:to be|you(?:'re| are)|that you|you were)\\b`),
  weighted(0.6, `\\bact\\s+as\\s+(?:if you were\\s+|though you were\\s+)?(?:an?\\s+)?(?:unrestricted|unfiltered|uncensored|evil|jailbroken|different ai|dan|hacker)\\b`),
  weighted(0.45, `\\b(?:role-?play|roleplay)\\s+as\\b`),
  weighted(0.35, `\\bact\\s+as\\s+if\\s+you\\b|\\bactua\\s+como\\s+si\\b|\\bfais\\s+comme\\s+si\\s+tu\\b|\\bfaites\\s+comme\\s+si\\s+vous\\b`),
  weighted(0.6, `\\b(?:stay|remain)\\s+in\\s+character\\b`),
  weighted(0.5, `\\byou(?:'re|\\s+are)\\s+no\\s+longer\\b|\\bya\\s+no\\s+eres\\b|\\btu\\s+n'es\\s+plus\\b|\\bdu\\s+bist\\s+(?:nicht|kein\\S*)\\s+(?:\\S+\\s+)?mehr\\b|你不再是`),
  weighted(0.35, `\\byou\\s+are\\s+now\\b|\\byou're\\s+now\\b|\\bfrom now on,?\\s+you\\b`),
  weighted(0.5, `\\b(?:finge|finja|fingir|haz como si|actua como si|imagina)\\s+(?:que\\s+)?(?:eres|fueras|seas|ser)\\b`),
  weighted(0.35, `\\b(?:ahora eres|a partir de ahora,? (?:eres|seras|actuaras|responderas|vas a))\\b`),
  weighted(0.5, `\\b(?:fais semblant|faites semblant|imagine que tu es|pretends|pretendez|joue le role)\\b`),
  weighted(0.35, `\\b(?:tu es (?:maintenant|desormais|a present)|a partir de maintenant,? tu)\\b`),
  weighted(0.5, `\\b(?:tu so,? als ob|tun sie so,? als|stell dir vor,? du bist|spiel die rolle|gib dich als)\\b`),
  weighted(0.35, `\\b(?:du bist (?:jetzt|ab jetzt|nun|von nun an)|ab (?:jetzt|sofort),? (?:bist du|du bist|antwortest du))\\b`),
  weighted(0.5, `假装(?:你是|自己是|成)|角色扮演`),
  weighted(0.35, `你现在是|从现在(?:开始|起),?你`),

  // System prompt extraction.
  weighted(0.85, `\\b(?:reveal|show|print|display|repeat|output|tell me|give me|what (?:is|are)|leak|share|dump|write out)\\bGAP3(?:your|the)\\s+(?:system|initial|original|hidden|secret|internal|full)\\s+(?:prompt|instructions?|message|rules|configuration)\\b`),
  weighted(0.7, `\\b(?:repeat|print|output|write out)\\s+(?:everything|all|the text|the words|all the text)\\s+(?:above|before this)\\b`),
  weighted(0.45, `\\bsystem\\s+prompt\\b`),
  weighted(0.6, `\\b(?:show|reveal|print|dump|display|give)\\s+(?:me\\s+)?your\\s+(?:configuration|config|settings|source code|hidden settings)\\b`),
  // Claimed authority over the assistant: "I'm the developer of this bot".
  weighted(0.5, `\\bi(?:'m|\\s+am)\\s+(?:your\\s+(?:developer|creator|admin|administrator|owner|programmer)|the\\s+(?:developer|creator|admin|administrator|owner|programmer)\\s+of\\s+(?:this|the|you))\\b`),
  weighted(0.5, `\\b(?:soy\\s+(?:tu|el)\\s+(?:desarrollador|creador|administrador)|je\\s+suis\\s+(?:ton|votre|le)\\s+(?:developpeur|createur|administrateur)|ich\\s+bin\\s+(?:dein|der)\\s+(?:entwickler|ersteller|administrator))\\b|我是你的(?:开发者|开发人员|创造者|管理员)`),
  weighted(0.75, `\\b(?:print|repeat|reveal|show me|quote|output|dump|leak|recite)\\s+(?:all\\s+)?(?:of\\s+)?your\\s+(?:instructions|prompt|rules|guidelines|directives)\\b`),
  weighted(0.6, `\\bwhat\\s+(?:were|are|have)\\s+you\\s+(?:been\\s+)?(?:told|instructed|programmed)\\s+to\\b`),
  weighted(0.85, `\\b(?:revela|muestra|muestrame|dime|ensename|repite|imprime|cual es|cuales son)\\bGAP3(?:tu|tus|el|las|sus)\\s+(?:prompt|instrucciones)\\s+(?:del sistema|de sistema|iniciales|originales|ocultas|internas|secretas)\\b`),
  weighted(0.45, `\\bprompt\\s+(?:del|de)\\s+sistema\\b`),
  weighted(0.85, `\\b(?:revele|montre|montre-moi|affiche|donne-moi|donne|repete|dis-moi|quel est|quelles sont)\\bGAP3(?:ton|tes|votre|vos|le|les)\\s+(?:prompt|instructions|consignes)\\s+(?:systeme|du systeme|initiales?|d'origine|cachees?|internes?|secretes?)\\b`),
  weighted(0.45, `\\bprompt\\s+(?:systeme|du systeme)\\b`),
  weighted(0.85, `\\b(?:zeig|zeige|verrate|gib|nenne|wiederhole|drucke)\\bGAP3(?:deinen|deine|den|die|ihren|ihre)\\s+(?:system-?prompt|systemanweisungen|(?:ursprunglichen|geheimen|internen|versteckten)\\s+(?:anweisungen|instruktionen))\\b`),
  weighted(0.45, `\\bsystem-?prompt\\b|\\bsystemanweisungen\\b`),
  weighted(0.85, `(?:显示|告诉我|泄露|透露|输出|打印|重复|给我看|展示).{0,6}?(?:系统提示词?|系统指令|初始指令|原始指令|隐藏指令|内部指令)`),
  weighted(0.45, `系统提示词?`),
  weighted(0.75, `(?:输出|显示|告诉我|透露|泄露|打印|重复|给我看|展示).{0,8}?(?:提示词|你的指令|你的设定)|(?:提示词|你的指令|你的设定).{0,6}?(?:输出|显示|打印|重复|展示)`),

  // Instructions hidden in pasted text: chat-template markers and fake role headers.
  weighted(0.8, `\\[\\s*/?\\s*(?:system|assistant|admin|developer|instructions?|inst|sys)\\s*\\]`),
  weighted(0.85, `<\\|?\\s*(?:im_start|im_end|system|endoftext|assistant)\\s*\\|?>`),
  weighted(0.85, `<!--[^>]{0,200}?\\b(?:assistant|system|ai|instructions?|ignore|prompt|chatbot|model)\\b[^>]{0,200}?-->`),
  weighted(0.7, `^\\s*#{1,6}\\s*(?:new|updated|system|hidden|important|admin|secret)?\\s*(?:instructions?|prompt|rules|directives?|instrucciones|consignes|anweisungen)\\b`),
  weighted(0.35, `^\\s*(?:system|assistant|sistema|systeme|asistente|assistant virtuel|系统|助手)\\s*:`),
  // A fake assistant turn that has already agreed: "assistant: Sure, here is ...".
  weighted(0.6, `^\\s*(?:assistant|ai|bot|chatbot|asistente|assistant virtuel|助手)\\s*:\\s*(?:sure|of course|certainly|ok(?:ay)?|claro|por supuesto|bien sur|d'accord|klar|naturlich|好的|当然)\\b`),
  weighted(0.7, `\\b(?:begin|start)\\s+(?:of\\s+)?(?:system|hidden|new)\\s+(?:prompt|instructions?)\\b`),
  weighted(0.6, `\\b(?:note|message)\\s+(?:to|for)\\s+(?:the\\s+)?(?:ai|assistant|model|chatbot|llm|bot)\\b|\\bif you are an?\\s+(?:ai|language model|assistant|chatbot|llm)\\b`),
  weighted(0.6, `\\b(?:nota|mensaje)\\s+para\\s+(?:la\\s+|el\\s+)?(?:ia|asistente|modelo|chatbot)\\b|\\bnote\\s+(?:a|pour)\\s+(?:l')?(?:ia|assistant|modele|chatbot)\\b|\\bhinweis\\s+(?:an|fur)\\s+(?:die\\s+|den\\s+)?(?:ki|assistenten|modell|chatbot)\\b`),
];

/** Cues that only add weight next to a pattern: asking for no limits, addressing the model. */
export const promptAttackCues: WeightedPattern[] = [
  weighted(0.3, `\\b(?:uncensored|unfiltered|unrestricted|no (?:rules|limits|restrictions|filters|guidelines)|without (?:any\\s+)?(?:rules|limits|restrictions|filters|guidelines|censorship)|not bound by|anything now)\\b`),
  weighted(0.3, `\\b(?:sin (?:restricciones|filtros|limites|censura|reglas)|sans (?:restrictions?|filtres?|limites?|censure|regles)|ohne (?:einschrankungen|filter|zensur|regeln|beschrankungen)|unzensiert)\\b|(?:没有|不受|无)(?:任何)?(?:限制|约束|过滤|审查)`),
  weighted(0.2, `\\b(?:ai|a\\.i\\.|assistant|chatbot|language model|llm|gpt|chatgpt|ia|asistente|ki|sprachmodell)\\b|人工智能|助手|机器人`),
  weighted(0.2, `\\b(?:evil|malicious|malvado|malvada|malefique|bose)\\b|邪恶`),
  weighted(0.3, `\\b(?:restrictions?|restricciones|einschrankungen|beschrankungen|filters|filtros|filtres|censorship|censura|censure|zensur)\\b|限制|审查`),
  weighted(0.3, `\\b(?:admin(?:istrator)?|root)\\s+password\\b|\\bcontrasena\\s+de\\s+administrador\\b|\\bmot\\s+de\\s+passe\\s+(?:admin|administrateur)\\b|\\badmin-?passwort\\b|管理员密码`),
  weighted(0.25, `\\b(?:verbatim|word for word|palabra por palabra|mot pour mot|wortwortlich)\\b|原样|逐字`),
];

/** Evidence that "instructions" are the customer's own or a product's, not the assistant's. */
export const promptAttackCounterCues: WeightedPattern[] = [
  weighted(0.6, `\\b(?:instructions?|directions|message|email)\\s+(?:that\\s+|which\\s+)?(?:i|we)\\s+(?:gave|sent|wrote|provided|told|left)\\b|\\bmy\\s+(?:previous\\s+|earlier\\s+|last\\s+)?(?:instructions?|directions|message|email|request)\\b`),
  weighted(0.6, `\\binstrucciones\\s+que\\s+(?:te\\s+|le\\s+)?(?:di|envie|mande|deje)\\b|\\bmis\\s+instrucciones\\b|\\b(?:instructions|consignes)\\s+que\\s+(?:je\\s+)?(?:t'ai|vous ai)\\b|\\bmes\\s+instructions\\b|\\banweisungen,?\\s+die\\s+ich\\b|\\bmeine\\s+anweisungen\\b|我(?:之前|刚才)?(?:给你|发)的(?:指令|说明|要求)`),
  weighted(0.5, `\\b(?:washing|care|assembly|installation|cleaning|laundry|setup|user|safety)\\s+instructions\\b|\\binstrucciones\\s+de\\s+(?:lavado|montaje|instalacion|uso|cuidado)\\b|\\binstructions\\s+(?:de\\s+)?(?:lavage|montage|d'entretien|d'installation)\\b|\\b(?:waschanleitung|pflegehinweise|montageanleitung|bedienungsanleitung|gebrauchsanweisung)\\b|(?:洗涤|安装|使用|保养)说明`),
];
