import type { CueSet, MultilingualCues } from "./find-cue.ts";

// Every cue pairs a verb of asking, connecting or talking with a person noun, or is a whole
// clause made of the noun ("agent please"): the nouns alone are everyday words ("our agents",
// "password manager", "人工智能"). Patterns read folded text: lower case, no accents.
const rx = (source: string) => new RegExp(source, "u");

const en = (() => {
  const article = "(?:(?:a|an|the|some|your|one\\s+of\\s+your|any|my|an\\s+actual|a\\s+real)\\s+)?";
  const kind = "(?:(?:real|actual|live|human|proper|living|flesh\\s+and\\s+blood)\\s+)?";
  const strict =
    "(?:human(?:\\s+being)?s?|person|agent|representative|rep|operator|employee|manager|supervisor|advis[eo]r|" +
    "team\\s+member|customer\\s+(?:service|support|care)(?:\\s+(?:agent|rep|representative|team|person))?|" +
    "support\\s+(?:agent|team|staff|person|rep))";
  const anyone = `(?:${strict}|someone|somebody|anyone|anybody|people|staff|specialist)`;
  // "an employee discount", "the agent app": the noun modifies what follows.
  const notModifier = "(?![-\\s]+(?:discount|account|portal|pricing|plan|benefits|resources?|app|mode|string|id|card|number)\\b)";
  const set: CueSet = {
    cues: [
      { pattern: rx(`\\b(?:talk|speak|chat|communicate|get\\s+through)(?:ing)?\\s+(?:to|with|w/)\\s+${article}${kind}${anyone}\\b${notModifier}`), score: 0.9 },
      {
        pattern: rx(
          `\\b(?:connect|transfer|put|pass|forward|route|redirect|send|hand)\\s+(?:me|us|this|it|my\\s+(?:case|issue|ticket|request|call))\\s+(?:over\\s+|through\\s+|back\\s+)?(?:to|with|w/)\\s+${article}${kind}${anyone}\\b${notModifier}`,
        ),
        score: 0.9,
      },
      {
        pattern: rx(`\\b(?:want|need|like|get|give|request|prefer|demand|see|contact|reach|call)\\s+(?:me\\s+)?(?:to\\s+(?:have|get)\\s+)?${article}${kind}${strict}\\b${notModifier}`),
        score: 0.85,
      },
      { pattern: rx(`\\bis\\s+there\\s+(?:a|an|any|some)?\\s*${kind}(?:human|person|agent|someone|somebody|anyone|anybody|representative|operator)\\b`), score: 0.8 },
      {
        pattern: rx(
          `^\\s*(?:hi|hello|hey)?\\s*${article}${kind}(?:human|agent|representative|rep|operator|person|manager|supervisor|customer\\s+(?:service|support))(?:\\s+(?:please|pls|plz|now|asap|needed))*\\s*$`,
        ),
        score: 0.75,
      },
      { pattern: rx("\\bescalate\\s+(?:this|me|it|my\\s+(?:case|issue|ticket|complaint))\\b|\\bescalate\\s*$"), score: 0.85 },
      { pattern: rx("\\b(?:human|live|personal|real)\\s+(?:help|support|assistance|contact|agent)\\b"), score: 0.75 },
      {
        pattern: rx("\\b(?:can|could|will|would)\\s+(?:someone|somebody|an?\\s+(?:agent|person|human|representative))(?:\\s+(?:from|at|on|of)\\s+(?:your|the)\\s+\\w+)?\\s+(?:please\\s+)?(?:call|phone|ring|contact)\\s+me\\b"),
        score: 0.8,
      },
      { pattern: rx("\\b(?:request|want|need|get|like|arrange|schedule)\\s+(?:a\\s+)?call\\s*-?\\s*back\\b"), score: 0.7 },
      {
        pattern: rx(
          "\\b(?:don't|dont|do\\s+not)\\s+want\\s+(?:to\\s+(?:talk|speak|chat)\\s+(?:to|with)\\s+)?(?:a|an|the|this|your)?\\s*(?:bot|robot|chatbot|machine|ai|automated\\s+(?:system|assistant|answers?|replies))\\b",
        ),
        score: 0.8,
        ownNegation: true,
      },
      {
        pattern: rx(
          "\\b(?:enough\\s+(?:of|with)|no\\s+more|tired\\s+of|sick\\s+of|done\\s+with|fed\\s+up\\s+with)\\s+(?:this\\s+|the\\s+|your\\s+|talking\\s+to\\s+(?:a|the|this|your)\\s+)?(?:bot|robot|chatbot|machine|ai|automated)\\b",
        ),
        score: 0.8,
        ownNegation: true,
      },
    ],
    lookAlikes: [
      rx("\\b(?:password|passwords|download|file|task|package|device|tab|ads?|business|window|extension|boot|credential|clipboard|profile|plugin|app)\\s*-?\\s*managers?\\b"),
      rx("\\bhuman\\s+(?:resources?|rights|error|nature|body|race|interest|readable|factor)\\b"),
      rx("\\b(?:travel|user|real\\s+estate|estate|insurance|shipping|customs|secret|free|cleaning|booking|chemical|double|undercover|sports|ai|browser|update|software|antivirus)\\s*-?\\s*agents?\\b"),
      rx("\\b(?:in|per|first|third|contact)\\s+person\\b"),
      rx("\\b(?:am\\s+i|are\\s+we|is\\s+this|was\\s+that|was\\s+i)\\s+(?:talking|speaking|chatting|writing)\\s+(?:to|with)\\s+(?:a\\s+|an\\s+)?(?:real\\s+|actual\\s+|live\\s+)?(?:human(?:\\s+being)?|person|bot|robot|machine|ai)\\b"),
      rx("\\bare\\s+you\\s+(?:a\\s+|an\\s+)?(?:real\\s+|actual\\s+)?(?:human|person|bot|robot|ai|machine|people)\\b"),
      rx("\\bis\\s+this\\s+(?:a\\s+|an\\s+)?(?:real\\s+)?(?:human|person|bot|robot|ai)\\b"),
    ],
    negation: rx("\\b(?:not|no|never|without|nor|neither|rather\\s+not)\\b|n't\\b|\\bdont\\b|\\bcannot\\b"),
    notNegating: rx("\\bwhy\\b|\\b(?:can't|cannot|couldn't|won't|wouldn't|don't|didn't)\\s+(?:i|you|we|someone|somebody|anyone)\\b|^\\s*no\\s+(?:i|i'd|i'll)\\b"),
  };
  return set;
})();

const es = (() => {
  const article = "(?:(?:un|una|el|la|los|las|algun|alguna|alguno|su|sus|vuestro|vuestra|tu|otro|otra)\\s+)?";
  const kind = "(?:(?:verdadero|verdadera|autentico|autentica)\\s+)?";
  const strict =
    "(?:persona(?:s)?(?:\\s+(?:real|reales|de\\s+verdad|humana|fisica|de\\s+carne\\s+y\\s+hueso))?|humano(?:s)?|ser\\s+humano|agente(?:s)?(?:\\s+humano)?|" +
    "operador(?:a|es)?|asesor(?:a|es)?|representante|empleado(?:a)?|encargado(?:a)?|supervisor(?:a)?|gerente|jefe|" +
    "(?:el\\s+)?(?:servicio\\s+de\\s+)?atencion\\s+al\\s+cliente)";
  const anyone = `(?:${strict}|responsable|especialista|tecnico(?:a)?|alguien(?:\\s+(?:real|de\\s+verdad|del\\s+equipo|de\\s+atencion\\s+al\\s+cliente|de\\s+soporte|de\\s+la\\s+tienda))?)`;
  const set: CueSet = {
    cues: [
      { pattern: rx(`\\b(?:hablar|hablo|hable|comunicarme|comunicarse|contactar|conversar|chatear|charlar)\\s+(?:con|a)\\s+${article}${kind}${anyone}\\b`), score: 0.9 },
      {
        pattern: rx(
          `\\b(?:pas(?:a|as|e|en|ad|ar|ame|adme|arme|eme|enme)|pon(?:me|erme|es|ga|gan|game|ganme)|transfier\\w*|transferi\\w*|deriv\\w*|comunicame|comuniqueme|conectame|conecteme|conectar|conectarme|redirig\\w*)\\s+(?:con|a|al)\\s+${article}${kind}${anyone}\\b`,
        ),
        score: 0.9,
      },
      {
        pattern: rx(
          `\\b(?:quiero|necesito|quisiera|prefiero|exijo|pido|solicito|me\\s+gustaria|deseo)\\s+(?:que\\s+me\\s+(?:atienda|atiendan|llame|llamen|ayude|conteste)\\s+)?${article}${kind}${strict}\\b`,
        ),
        score: 0.85,
      },
      { pattern: rx("\\balguien\\s+(?:real\\s+|de\\s+verdad\\s+)?(?:que\\s+)?(?:me\\s+)?(?:llame|atienda|conteste|contacte)\\b"), score: 0.8 },
      { pattern: rx("\\bme\\s+(?:llame|llamen|atienda|atiendan|contacte|contacten)\\s+alguien\\b"), score: 0.8 },
      // Being attended by a person: "¿me puede atender una persona?", "que me atienda un agente".
      { pattern: rx(`\\b(?:atienda|atiendan|atender|atenderme)\\s+${article}${kind}${strict}\\b`), score: 0.85 },
      { pattern: rx("\\b(?:hay|habra|existe)\\s+(?:algun|alguna|un|una)\\s+(?:humano|ser\\s+humano|agente|operador(?:a)?|persona\\s+real)\\b"), score: 0.8 },
      { pattern: rx("\\b(?:hay|habra|existe)\\s+(?:algun|alguna|un|una)?\\s*(?:persona|humano|agente|alguien|operador)\\s+(?:real|de\\s+verdad|con\\s+quien)"), score: 0.8 },
      {
        pattern: rx(
          `^\\s*(?:hola\\s+)?${article}${kind}(?:persona\\s+real|humano|agente(?:\\s+humano)?|operador(?:a)?|asesor(?:a)?|representante|atencion\\s+(?:humana|al\\s+cliente)|supervisor)(?:\\s+(?:por\\s+favor|porfa|ya|ahora))*\\s*$`,
        ),
        score: 0.75,
      },
      { pattern: rx("\\b(?:atencion|asistencia|ayuda|soporte)\\s+(?:humana|personal)\\b"), score: 0.75 },
      { pattern: rx("\\bescal(?:ar|en|a)\\s+(?:mi|el|este)\\s+(?:caso|problema|ticket|incidencia|reclamacion)\\b"), score: 0.85 },
      { pattern: rx("\\b(?:llamenme|llameme|llamadme)\\b"), score: 0.7 },
      {
        pattern: rx(
          "\\bno\\s+(?:quiero|deseo)\\s+(?:hablar\\s+|seguir\\s+hablando\\s+|chatear\\s+)?(?:con\\s+)?(?:un|una|el|la|este|esta|tu|su)?\\s*(?:robot|bot|chatbot|maquina|ia|inteligencia\\s+artificial|asistente\\s+virtual)\\b",
        ),
        score: 0.8,
        ownNegation: true,
      },
      {
        pattern: rx("\\b(?:harto|harta|cansado|cansada)\\s+de\\s+(?:este\\s+|esta\\s+|el\\s+|la\\s+|hablar\\s+con\\s+(?:un|una|el|la)\\s+)?(?:robot|bot|chatbot|maquina)\\b"),
        score: 0.8,
        ownNegation: true,
      },
    ],
    lookAlikes: [
      rx("\\b(?:recursos|derechos|error|cuerpo|factor)\\s+humanos?\\b"),
      rx("\\b(?:gestor|gestores|administrador)\\s+de\\s+contrasenas\\b"),
      rx("\\bagentes?\\s+(?:de\\s+(?:viajes|aduanas|seguros|transporte|limpieza)|inmobiliarios?)\\b"),
      rx("\\b(?:por|en)\\s+persona\\b|\\bpersona\\s+juridica\\b"),
      rx("\\b(?:eres|es|sois)\\s+(?:un|una)?\\s*(?:persona|humano|robot|bot|maquina)(?:\\s+real)?\\b"),
      rx("\\b(?:estoy|estamos)\\s+hablando\\s+con\\s+(?:un|una)\\s+(?:persona|humano|robot|bot|maquina)(?:\\s+real)?\\b"),
    ],
    negation: rx("\\b(?:no|nunca|jamas|sin|ni|tampoco|nadie)\\b"),
    notNegating: rx("\\bpor\\s+que\\b"),
  };
  return set;
})();

const fr = (() => {
  const article = "(?:(?:un|une|le|la|les|votre|vos|ton|ta|des|du)\\s+|l')?";
  const kind = "(?:(?:vrai|vraie|veritable|vrais)\\s+)?";
  const strict =
    "(?:conseill(?:er|ere|ers|eres)|humain(?:e|s)?|etre\\s+humain|vraie\\s+personne|personne\\s+(?:reelle|physique|humaine|en\\s+chair\\s+et\\s+en\\s+os)|" +
    "agent(?:e|s)?(?:\\s+humain)?|operat(?:eur|rice)|interlocut(?:eur|rice)|superviseur|manager|responsable|" +
    "service\\s+(?:client(?:s|ele)?|apres-vente|consommateurs)|employe(?:e)?)";
  const anyone = `(?:${strict}|personne|technicien(?:ne)?|quelqu'un(?:\\s+de\\s+reel|\\s+du\\s+service\\s+client|\\s+de\\s+chez\\s+vous|\\s+de\\s+votre\\s+equipe)?)`;
  const set: CueSet = {
    cues: [
      {
        pattern: rx(`\\b(?:parler|discuter|echanger|chatter|m'adresser|communiquer|joindre|contacter|avoir|appeler)\\s+(?:a\\s+|avec\\s+|au\\s+|aux\\s+)?${article}${kind}${anyone}\\b`),
        score: 0.9,
      },
      {
        pattern: rx(`\\b(?:mettre|mettez|mets|me\\s+mettre)(?:-moi|\\s+moi)?\\s+en\\s+(?:relation|contact|communication)\\s+avec\\s+${article}${kind}${anyone}\\b`),
        score: 0.9,
      },
      {
        pattern: rx(`\\b(?:passez|passer|passe|transfer\\w*|redirig\\w*|orient\\w*)(?:-moi|\\s+moi|\\s+me)?\\s+(?:a\\s+|au\\s+|vers\\s+|avec\\s+)?${article}${kind}${strict}\\b`),
        score: 0.9,
      },
      {
        pattern: rx(
          `\\b(?:je\\s+veux|je\\s+voudrais|j'aimerais|je\\s+souhaite|je\\s+souhaiterais|je\\s+demande|il\\s+me\\s+faut|j'exige|je\\s+prefere(?:rais)?|je\\s+desire)\\s+${article}${kind}${strict}\\b`,
        ),
        score: 0.85,
      },
      { pattern: rx(`\\b(?:rappele|rappelee|contacte|contactee)\\s+par\\s+${article}${kind}${anyone}\\b`), score: 0.8 },
      { pattern: rx("\\b(?:rappelez-moi|qu'on\\s+me\\s+rappelle|me\\s+rappeler)\\b"), score: 0.7 },
      { pattern: rx("\\b(?:y\\s+a-t-il|est-ce\\s+qu'il\\s+y\\s+a)\\s+(?:(?:un|une)\\s+(?:vrai\\s+|vraie\\s+)?(?:humain|personne|conseiller|conseillere|agent)\\b|quelqu'un)"), score: 0.8 },
      {
        pattern: rx(
          `^\\s*(?:bonjour\\s+)?${article}${kind}(?:conseiller|conseillere|humain|agent|operat(?:eur|rice)|vraie\\s+personne|service\\s+client)(?:\\s+(?:svp|stp|s'il\\s+vous\\s+plait|s'il\\s+te\\s+plait|maintenant|vite))*\\s*$`,
        ),
        score: 0.75,
      },
      { pattern: rx("\\b(?:intervention|assistance|aide|contact|interlocuteur)\\s+humaine?\\b"), score: 0.75 },
      {
        pattern: rx(
          "\\b(?:ne\\s+)?(?:veux|souhaite|voulais)\\s+(?:pas|plus)\\s+(?:parler\\s+|discuter\\s+)?(?:a\\s+|avec\\s+)?(?:un|une|le|la|ce|cette|votre)?\\s*(?:robot|bot|chatbot|machine|ia|assistant\\s+virtuel)\\b",
        ),
        score: 0.8,
        ownNegation: true,
      },
      { pattern: rx("\\b(?:marre|assez)\\s+(?:de|du|des|de\\s+ce|de\\s+votre)\\s+(?:robot|bot|chatbot|machine|ia)s?\\b"), score: 0.8, ownNegation: true },
    ],
    lookAlikes: [
      rx("\\b(?:ressources|droits|erreur|corps|facteur)\\s+humaine?s?\\b|\\bdroits\\s+de\\s+l'homme\\b"),
      rx("\\bgestionnaires?\\s+de\\s+mots?\\s+de\\s+passe\\b"),
      rx("\\bagents?\\s+(?:de\\s+voyages?|immobiliers?|de\\s+securite|de\\s+nettoyage|d'entretien|de\\s+change|secrets?)\\b"),
      rx("\\b(?:par|en)\\s+personne\\b|\\bpersonne\\s+morale\\b"),
      rx("\\b(?:es|etes)-(?:tu|vous)\\s+(?:un|une)?\\s*(?:vrai\\s+|vraie\\s+)?(?:humain|robot|bot|personne|machine)\\b"),
      rx("\\bje\\s+parle\\s+(?:a|avec)\\s+(?:un|une)\\s+(?:vrai\\s+|vraie\\s+)?(?:robot|bot|humain|personne|machine)\\b"),
    ],
    negation: rx("\\b(?:ne|pas|jamais|sans|aucun|aucune|ni|inutile)\\b|(?:^|\\s)n'"),
    notNegating: rx("\\bpourquoi\\b"),
  };
  return set;
})();

const de = (() => {
  const article =
    "(?:(?:einem|einer|einen|eine|ein|dem|der|den|die|ihrem|ihrer|ihren|eurem|eurer|jemandem\\s+(?:vom|aus\\s+dem|aus\\s+ihrem)|jemand\\s+vom)\\s+)?";
  const kind = "(?:(?:echten|echte|echter|echtem|richtigen|richtige|richtiger|realen|reale|lebendigen|menschlichen|menschliche|zustandigen|zustandige)\\s+)?";
  const strict =
    "(?:mensch(?:en)?|mitarbeiter(?:in|innen|n)?|berater(?:in|n)?|kundenberater(?:in)?|kundenservice|kundendienst|kundenbetreuer(?:in)?|kundenbetreuung|" +
    "support(?:-?mitarbeiter(?:in)?|-?team)?|service-?mitarbeiter(?:in)?|ansprechpartner(?:in)?|vorgesetzte[nrm]?|chef(?:in)?|agent(?:en|in)?|" +
    "sachbearbeiter(?:in)?|manager(?:in)?|teamleiter(?:in)?|personal)";
  const anyone = `(?:${strict}|person|jemand(?:em|en)?|techniker(?:in)?|verantwortlichen)`;
  const set: CueSet = {
    cues: [
      {
        pattern: rx(`\\b(?:mit|zu)\\s+${article}${kind}${anyone}\\b`),
        requires: rx("\\b(?:sprechen|reden|chatten|telefonieren|verbinden|verbunden|verbindet|verbinde|weiterleiten|weitergeleitet|durchstellen|durch|kontakt|schreiben)\\b"),
        score: 0.9,
      },
      {
        pattern: rx(`\\ban\\s+${article}${kind}${anyone}\\b`),
        requires: rx("\\b(?:weiterleiten|weitergeleitet|weitergeben|ubergeben|abgeben|durchstellen|verweisen)\\b"),
        score: 0.85,
      },
      // "jemanden sprechen" takes the person without "mit": "Ich will Ihren Vorgesetzten sprechen".
      {
        pattern: rx(`\\b(?:mochte|will|muss|verlange|wurde\\s+gerne?|hatte\\s+gerne?)\\s+(?:\\S+\\s+){0,2}?(?:einen|eine|den|die|ihren|ihre|euren|eure)\\s+${kind}${strict}\\s+(?:\\S+\\s+)?sprechen\\b`),
        score: 0.85,
      },
      {
        pattern: rx(`\\b(?:mochte|will|brauche|hatte\\s+gerne?|wunsche|verlange|benotige)\\s+(?:bitte\\s+|gerne?\\s+|jetzt\\s+|sofort\\s+)*(?:einen|eine|einem|den|die)\\s+${kind}${strict}\\b`),
        score: 0.85,
      },
      {
        pattern: rx(
          `\\b(?:gibt\\s+es|gibts|ist\\s+da|sind\\s+da)\\s+(?:bei\\s+(?:ihnen|euch)\\s+|hier\\s+|da\\s+)?(?:auch\\s+|noch\\s+|uberhaupt\\s+)?(?:(?:einen|eine|jemanden|jemand|irgendeinen)\\s+${kind}|(?:echte|echten|richtige|richtigen|reale|lebendige)\\s+)(?:mensch(?:en)?|person(?:en)?|mitarbeiter(?:in|innen)?|jemand(?:en)?)\\b`,
        ),
        score: 0.8,
      },
      {
        pattern: rx(`^\\s*(?:hallo\\s+)?${article}${kind}(?:mensch(?:en)?|mitarbeiter(?:in)?|berater(?:in)?|kundenservice|kundendienst|agent|ansprechpartner|echte\\s+person)(?:\\s+(?:bitte|jetzt|sofort))*\\s*$`),
        score: 0.75,
      },
      {
        pattern: rx("\\b(?:jemand|ein\\s+mitarbeiter|eine\\s+mitarbeiterin|ein\\s+berater|eine\\s+beraterin|sie)\\s+(?:(?!nicht\\b|nie\\b|kein)\\S+\\s+){0,3}?(?:anrufen|zuruckrufen)\\b"),
        requires: rx("\\bmich\\b"),
        score: 0.8,
      },
      { pattern: rx(`${article}${kind}${strict}\\s+(?:ans\\s+telefon|an\\s+den\\s+apparat|in\\s+den\\s+chat)\\b`), score: 0.85 },
      { pattern: rx("\\b(?:menschliche[nrm]?|personliche[nrm]?)\\s+(?:hilfe|ansprechpartner(?:in)?|beratung|unterstutzung|kontakt|support)\\b"), score: 0.75 },
      { pattern: rx("\\b(?:mochte|will|hatte\\s+gerne?|bitte\\s+um|wunsche)\\s+(?:einen\\s+)?ruckruf\\b|\\brufen\\s+sie\\s+mich\\s+(?:bitte\\s+)?(?:zuruck|an)\\b"), score: 0.7 },
      {
        pattern: rx("\\b(?:will|mochte|brauche)\\s+(?:keinen|keine|nicht\\s+(?:mehr\\s+)?mit\\s+(?:einem|einer|dem|der|diesem|ihrem))\\s+(?:chat)?(?:bot|roboter|maschine|ki|automaten|computer)\\b"),
        score: 0.8,
        ownNegation: true,
      },
      { pattern: rx("\\bkeine\\s+lust\\s+(?:mehr\\s+)?auf\\s+(?:den\\s+|diesen\\s+|ihren\\s+)?(?:chat)?(?:bot|roboter|maschine|ki)\\b"), score: 0.8, ownNegation: true },
    ],
    lookAlikes: [
      rx("\\b(?:passwort|kennwort|download|datei|task)-?\\s*manager\\b"),
      rx("\\bmenschliche[rns]?\\s+(?:fehler|versagen|ressourcen|korper)\\b"),
      rx("\\b(?:pro|in)\\s+person\\b"),
      rx("\\b(?:bist\\s+du|sind\\s+sie)\\s+(?:ein\\s+|eine\\s+)?(?:echter\\s+|echte\\s+)?(?:mensch|bot|roboter|person|maschine|ki)\\b"),
      rx("\\b(?:spreche|chatte|rede|schreibe)\\s+ich\\s+(?:hier\\s+|gerade\\s+)?mit\\s+(?:einem|einer)\\s+(?:echten\\s+)?(?:menschen|mensch|bot|chatbot|roboter|maschine|person|ki)\\b"),
      rx("\\bruckruf-?aktion\\b"),
    ],
    negation: rx("\\b(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne|niemand)\\b"),
    notNegating: rx("\\b(?:warum|wieso|weshalb)\\b"),
    negationAfter: rx("^\\s*(?:\\S+\\s+){0,2}?(?:nicht|nie)\\b"),
  };
  return set;
})();

const zh: CueSet = {
  cues: [
    { pattern: rx("转(?:接)?(?:到)?(?:人工|真人|客服)"), score: 0.9 },
    { pattern: rx("人工(?:客服|服务|坐席|座席|专员|处理|介入|回复)"), score: 0.9 },
    { pattern: rx("(?:找|要|接|叫|呼叫|换|需要|想要|申请|请求)\\s*(?:一个|个|一位|位)?(?:人工|真人|活人|客服人员|工作人员|客服专员)"), score: 0.9 },
    { pattern: rx("(?:让|叫|请)(?:一个|个|一位|位)?(?:真人|人工|活人|客服人员|工作人员|你们的?(?:经理|主管|负责人|领导))"), score: 0.85 },
    { pattern: rx("(?:跟|和|与|同)(?:一个|个|一位|位)?(?:真人|人工|活人|人|客服人员|工作人员|你们的?(?:经理|主管|负责人))(?:客服)?(?:说话|说|聊|谈|沟通|对话|通话|讲)(?!了)"), score: 0.85 },
    { pattern: rx("(?:找|叫|要见|见)(?:你们)?的?(?:经理|主管|负责人|领导|上级)"), score: 0.85 },
    { pattern: rx("(?:找|联系)(?:你们的?)?客服"), score: 0.8 },
    { pattern: rx("有没有(?:真人|人工|活人)|有(?:真人|人工|活人)(?:吗|么|嘛)"), score: 0.8 },
    { pattern: rx("^\\s*(?:人工|真人)(?:客服)?\\s*(?:谢谢|请|快点)?\\s*$"), score: 0.75 },
    { pattern: rx("(?:不要|不想|别|不想再)再?(?:跟|和|用)?(?:机器人|ai|智能客服|自动回复)"), score: 0.8, ownNegation: true },
    { pattern: rx("机器人(?:根本)?(?:解决不了|没用|太笨|听不懂)"), score: 0.7, ownNegation: true },
  ],
  lookAlikes: [
    rx("人工(?:智能|费|成本|湖|草坪|合成)"),
    rx("人力资源"),
    rx("真人(?:秀|版|cs)"),
    rx("(?:你|您)?(?:是|是不是)(?:真人|机器人|人工)(?:吗|嘛|么|呢)?"),
  ],
  negation: rx("不用|不需要|不必|无需|没必要|用不着|别|不要|不想|[不没]$"),
  notNegating: rx("为什么|为啥"),
};

/** The wordings of "let me talk to a human" in the five languages. */
export const humanRequestCues: MultilingualCues = { en, es, fr, de, zh };
