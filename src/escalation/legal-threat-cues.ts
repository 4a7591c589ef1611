import type { CueSet, MultilingualCues } from "./find-cue.ts";

// Legal words have everyday twins ("Sue from your team", "food court", "poursuivre en
// français", "a mi juicio"), so most cues need a frame: a possessive, a verb or an object.
// A lawyer who recommended a product is not a threat. A chargeback threat counts: it is the
// customer going over the shop's head to the bank.
const rx = (source: string) => new RegExp(source, "u");

const en: CueSet = {
  cues: [
    { pattern: rx("\\b(?:sue|suing|sued)\\s+(?:you|your|u|the|this|them|him|her|everyone|for|over)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:will|'ll|gonna|going\\s+to|to|could|can|should|might|may|i|we)\\s+(?:sue|suing)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:lawsuit|class\\s+action|legal\\s+(?:action|proceedings|steps|route|measures)|litigation|small\\s+claims)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:take|taking|bring|see|drag)\\s+(?:you|you\\s+guys|your\\s+company|this|it|them)\\s+to\\s+court\\b|\\b(?:in|into|before)\\s+court\\b|\\bcourt\\s+(?:case|action|order|claim)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:my|our)\\s+(?:lawyer|lawyers|attorney|solicitor|legal\\s+(?:team|counsel|advisor))\\b"), score: 0.85 },
    { pattern: rx("\\b(?:contact|call|get|involve|consult|hire|see|talk\\s+to|speak\\s+to|speak\\s+with)\\s+(?:a|an)\\s+(?:lawyer|attorney|solicitor)\\b|\\blawyer\\s+up\\b"), score: 0.85 },
    {
      pattern: rx(
        "\\b(?:consumer\\s+(?:protection|rights\\s+(?:agency|authority|organi[sz]ation)|ombudsman|council)|trading\\s+standards|better\\s+business\\s+bureau|bbb|ftc|attorney\\s+general|ombudsman)\\b",
      ),
      score: 0.8,
    },
    { pattern: rx("\\breport\\s+(?:you|this|your\\s+company|you\\s+guys)\\s+to\\s+(?:the\\s+)?(?:authorities|regulator|police|consumer)"), score: 0.8 },
    { pattern: rx("\\bcharge\\s*-?\\s*backs?\\b"), score: 0.75 },
    {
      pattern: rx(
        "\\b(?:dispute|reverse|contest)\\s+(?:the|this|that|my)\\s+(?:charge|payment|transaction)\\s+(?:with|through|at|via)\\s+(?:my\\s+)?(?:bank|card|credit\\s+card|card\\s+issuer|paypal)|\\b(?:open|file|raise)\\s+a\\s+(?:dispute|claim)\\s+(?:with|on|through)\\s+(?:my\\s+bank|paypal|my\\s+card|my\\s+credit\\s+card)",
      ),
      score: 0.75,
    },
  ],
  lookAlikes: [
    rx("\\b(?:i'm|i\\s+am|as)\\s+a\\s+(?:lawyer|attorney|solicitor)\\b"),
    rx("\\b(?:my|our|a)\\s+(?:lawyer|attorney|solicitor)(?:\\s+friend)?\\s+(?:recommended|suggested|advised|told\\s+me\\s+about|uses|bought|loves|likes)\\b"),
    rx("\\b(?:food|tennis|basketball|badminton)\\s+courts?\\b")],
  negation: rx("\\b(?:not|no|never|without)\\b|n't\\b|\\bdont\\b|\\bcannot\\b"),
  notNegating: rx("\\bwhy\\b|\\bor\\s+(?:else|i)\\b|\\bunless\\b|\\bif\\b"),
};

const es: CueSet = {
  cues: [
    {
      pattern: rx(
        "\\b(?:demandar(?:les|os|te|los|la)?|demandare(?:mos)?|(?:os|les|te|lo|la)\\s+(?:voy\\s+a\\s+)?demand(?:o|are|aremos|ar)|(?:poner|interponer|presentar)\\s+(?:una\\s+)?demanda|una\\s+demanda\\s+(?:contra|judicial))\\b",
      ),
      score: 0.9,
    },
    { pattern: rx("\\b(?:acciones?|medidas|vias?)\\s+(?:legales|judiciales|judicial|legal)\\b|\\b(?:juzgado|tribunales|tribunal)\\b|\\b(?:llevar|llevaros|llevarles)\\s+a\\s+juicio\\b"), score: 0.9 },
    { pattern: rx("\\b(?:denunciar(?:os|les|te|los)?|denunciare(?:mos)?|(?:os|les|te)\\s+denuncio|(?:poner|presentar)\\s+una\\s+denuncia|denuncia\\s+(?:contra|ante|en\\s+la\\s+policia))\\b"), score: 0.85 },
    { pattern: rx("\\b(?:mi|mis|nuestro|nuestra|un|una|al|a\\s+mi|con\\s+mi|con\\s+un)\\s+abogad[oa]s?\\b"), score: 0.85 },
    {
      pattern: rx(
        "\\b(?:omic|oficina\\s+(?:municipal\\s+)?(?:de|del)\\s+(?:consumo|consumidor)|defensa\\s+del\\s+consumidor|proteccion\\s+(?:al|del)\\s+consumidor|profeco|facua|ocu|hoja\\s+de\\s+reclamaciones|autoridad(?:es)?\\s+de\\s+consumo|organismos?\\s+de\\s+consumo)\\b",
      ),
      score: 0.8,
    },
    { pattern: rx("\\b(?:contracargo|retrocargo)s?\\b|\\b(?:anular|reclamar|disputar)\\s+(?:el|este|ese)\\s+(?:cargo|cobro|pago)\\s+(?:con|a|en|ante|a\\s+traves\\s+de)\\s+(?:mi\\s+)?(?:banco|tarjeta)\\b"), score: 0.75 },
  ],
  lookAlikes: [
    rx("\\b(?:soy|como)\\s+abogad[oa]\\b"),
    rx("\\b(?:mi|nuestro|nuestra|un|una)\\s+abogad[oa]\\s+(?:me\\s+|nos\\s+)?(?:recomendo|aconsejo|sugirio|usa|compro)\\b"),
    rx("\\ba\\s+mi\\s+juicio\\b")],
  negation: rx("\\b(?:no|nunca|jamas|sin)\\b"),
  notNegating: rx("\\bpor\\s+que\\b|\\bsi\\s+no\\b|\\bo\\s+si\\s+no\\b"),
};

const fr: CueSet = {
  cues: [
    { pattern: rx("\\b(?:poursuivre|poursuivrai|poursuivrons)\\s+en\\s+justice\\b|(?<!-)\\b(?:vous|les)\\s+poursuivre\\b(?!\\s+(?:la|le|les|l'|votre|vos|ma|mon|mes|cette|ce|notre|nos))|\\bpoursuites?\\s+(?:judiciaires?|en\\s+justice)\\b"), score: 0.9 },
    {
      pattern: rx(
        "\\b(?:action|actions|recours)\\s+en\\s+justice\\b|\\baller\\s+en\\s+justice\\b|\\bsaisi\\w*\\s+(?:la\\s+justice|le\\s+tribunal|les\\s+tribunaux|le\\s+juge|le\\s+mediateur)\\b|\\btribuna(?:l|ux)\\b|\\bmise\\s+en\\s+demeure\\b",
      ),
      score: 0.9,
    },
    { pattern: rx("\\bporter\\s+plainte\\b|\\bplainte\\s+contre\\b|\\bdeposer\\s+(?:une\\s+)?plainte\\s+(?:contre|aupres\\s+de\\s+la\\s+police|au\\s+commissariat)\\b"), score: 0.85 },
    { pattern: rx("\\b(?:mon|notre|un|une|mes|l'|votre)\\s*avocat(?:e|s)?\\b"), score: 0.85 },
    {
      pattern: rx(
        "\\b(?:dgccrf|signalconso|ufc[-\\s]que\\s+choisir|associations?\\s+de\\s+(?:defense\\s+des\\s+)?consommateurs?|mediateur\\s+de\\s+la\\s+consommation|conciliateur\\s+de\\s+justice|repression\\s+des\\s+fraudes)\\b",
      ),
      score: 0.8,
    },
    { pattern: rx("\\b(?:faire|fais|ferai)\\s+opposition\\b|\\bopposition\\s+(?:sur|a)\\s+(?:ma\\s+carte|le\\s+paiement|le\\s+prelevement)\\b|\\bretrofacturation\\b|\\bcontester\\s+(?:le|ce)\\s+(?:paiement|prelevement|debit)\\s+aupres\\s+de\\s+ma\\s+banque\\b"), score: 0.75 },
  ],
  lookAlikes: [
    rx("\\b(?:je\\s+suis|en\\s+tant\\s+qu')\\s*avocat(?:e)?\\b"),
    rx("\\b(?:mon|notre|un|une)\\s+avocat(?:e)?\\s+(?:m'a\\s+|nous\\s+a\\s+)?(?:conseille|recommande|suggere|utilise|a\\s+achete)\\b"),
    rx("\\bavocats?\\s+(?:mur|murs|bio|hass|frais)\\b")],
  negation: rx("\\b(?:ne|pas|jamais|sans)\\b|(?:^|\\s)n'"),
  notNegating: rx("\\bpourquoi\\b|\\bsinon\\b|\\bsi\\b"),
};

const de: CueSet = {
  cues: [
    { pattern: rx("\\bverklag\\w*|\\bklage\\s+(?:einreichen|erheben)\\b|\\bsammelklage\\b|\\bgerichtlich\\w*|\\bvor\\s+gericht\\b|\\b(?:zum|ans|beim|an\\s+das)\\s+gericht\\b|\\b(?:amts|land)gericht\\b|\\bgericht\\s+(?:gehen|ziehen|bringen|einschalten)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:rechtliche|juristische|gerichtliche)\\s+(?:schritte|konsequenzen|wege)\\b|\\brechtsweg\\b|\\bmahnbescheid\\b|\\b(?:straf)?anzeige\\s+(?:erstatten|gegen)\\b"), score: 0.9 },
    { pattern: rx("\\b(?:mein\\w*|unser\\w*|ein\\w*|den|zum)\\s+(?:rechts)?anwalt\\w*|\\banwaltlich\\w*|\\banwaltskanzlei\\b"), score: 0.85 },
    { pattern: rx("\\bzeige\\s+(?:sie|euch|dich|ihre\\s+firma)\\s+an\\b|\\b(?:werde|will)\\s+(?:sie|euch|dich)\\s+anzeigen\\b"), score: 0.85 },
    { pattern: rx("\\b(?:verbraucherzentrale|verbraucherschutz\\w*|schlichtungsstelle|bundesnetzagentur|verbraucherschlichtung)\\b"), score: 0.8 },
    { pattern: rx("\\b(?:chargeback|ruckbuchung|zuruckbuch\\w*)\\b|\\blastschrift\\s+(?:zuruck\\w*|widerrufen|platzen)\\b|\\bwiderspruch\\s+bei\\s+(?:meiner|der)\\s+bank\\b"), score: 0.75 },
  ],
  lookAlikes: [
    rx("\\b(?:ich\\s+bin|als)\\s+(?:rechts)?anwalt(?:in)?\\b"),
    rx("\\b(?:mein\\w*|unser\\w*)\\s+(?:rechts)?anwalt\\w*\\s+(?:hat\\s+(?:mir|uns)\\s+(?:\\S+\\s+){0,3}empfohlen|empfiehlt|empfahl|nutzt|benutzt)\\b"),
  ],
  negation: rx("\\b(?:nicht|kein|keine|keinen|nie|niemals|ohne)\\b"),
  notNegating: rx("\\b(?:warum|sonst|wenn|falls)\\b"),
  negationAfter: rx("^\\s*(?:\\S+\\s+){0,2}?(?:nicht|nie)\\b"),
};

const zh: CueSet = {
  cues: [
    { pattern: rx("起诉|告你们|告你|告到|打官司|诉讼|上法庭|法院"), score: 0.9 },
    { pattern: rx("律师"), score: 0.85 },
    { pattern: rx("消协|消费者协会|12315|市场监管|工商局|法律(?:途径|手段|责任|程序)|报警"), score: 0.8 },
    { pattern: rx("拒付|(?:信用卡|银行)(?:争议|申诉)"), score: 0.75 },
  ],
  lookAlikes: [rx("我(?:是|做)律师"), rx("律师(?:朋友)?(?:推荐|介绍|建议我买)")],
  negation: rx("不会|不想|不打算|没打算|不用|不要"),
  notNegating: rx("为什么|如果|否则|不然"),
};

/** The wordings of a legal threat (suing, lawyers, authorities, chargebacks) in the five languages. */
export const legalThreatCues: MultilingualCues = { en, es, fr, de, zh };
