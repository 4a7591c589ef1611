import { stripAccents } from "./text-folding.ts";

// Function words plus the verbs and fillers that questions to a help desk are made of
// ("can", "tell me", "please"): they say nothing about which passage answers the question.
const ENGLISH = `a about above after again against all also am an and any anyone anything are as at be because been
before being below between both but by can cannot could did do does doing done down during each either else even
ever every few for from further get gets getting got had has have having he her here hers him his how however i
if in into is it its itself just know let like ll me might mine more most much must my myself need needs no nor
not now of off ok okay on once only or other our ours out over own please pls plz really s same say see shall
she should so some someone something still such t than that the their theirs them then there these they thing
things this those through to too under until up upon us ve very want wants was we well were what whatever which
where while who whom whose why will with would yes yet you your yours yourself d m re don doesn didn isn aren wasn
weren won wouldn shouldn couldn hasn haven hadn cant dont doesnt didnt isnt wont hi hello hey thanks thank
question questions info information tell explain possible able way ways hope wondering wonder also again take takes took taking go going
long many whats wheres hows whos im ive id youre theyre u ur r pls thx lol hey guys stuff thing things gonna
wanna kinda sorta anyway ago now said says say saying came come comes coming got make makes name mid past
later early last next since already ever one two three four five six seven eight nine ten bring brought put
give gave find found look use using used`;

const SPANISH = `a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun bien cada como con contra
cual cuales cualquier de del desde donde dos e el ella ellas ellos en entre era eran es esa esas ese eso esos esta
estaba estan estar estas este esto estos estoy fue fueron ha hace hacer hacia han has hasta hay he la las le les
lo los me mi mia mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque puede pueden puedo
podria podemos que quien quiero quisiera saber se sea ser si sido sin sobre soy su sus tambien tan te tener tengo
tiene tienen ti tu tus u un una unas uno unos usted ustedes vosotros y ya yo hola gracias favor necesito necesita
hay informacion pregunta ayuda ayudar decir podrian podria como cual qué hacerlo mas cuanto cuanta cuantos
cuantas oye porfa vale cosa cosas tema pues bueno hace desde ya aun luego antes despues durante vuestro vuestra
vuestros vuestras nuestro nuestra nuestros nuestras ahora mismo ultimo ultima proximo proxima dos tres cuatro cinco seis siete ocho nueve diez traer llevar poner dar usar
utilizar encontrar`;

const FRENCH = `a ai aie au aux avec avez avoir c ca ce ceci cela celle celles celui ces cet cette comment d dans de des
du donc elle elles en encore est et etaient etait ete etre eu fait faire il ils j je l la le les leur leurs lui m
ma mais me meme mes moi mon n ne ni nos notre nous on ont ou par pas peu peut peuvent peux plus pour pourquoi
pourrais pourriez puis puisque qu quand quel quelle quelles quels qui quoi s sa sans se ses si son sont sur ta te
tes toi ton tous tout toute toutes tres tu un une vos votre vous y bonjour merci svp plait voudrais veux savoir
besoin aide aider dire question informations information est-ce il-y salut genre truc trucs stp bref
quoi voila alors chez depuis avant apres pendant vers toujours deja maintenant dernier derniere prochain
prochaine deux trois quatre cinq sept huit neuf dix apporter amener mettre donner utiliser trouver`;

const GERMAN = `aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bitte bist da damit dann
das dass dein deine dem den denn der des dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein
eine einem einen einer eines er es etwas euch euer fur gibt habe haben hat hatte hier ich ihr ihre ihrem ihren
ihrer im in ist ja jetzt kann kannst konnen konnte man mein meine meinem meinen meiner mich mir mit muss mussen
nach nicht noch nur ob oder ohne sehr sein seine sich sie sind so soll sollte uber um und uns unser unsere unter
vom von vor war waren warum was weil welche welchem welchen welcher welches wenn wer wie wieder will wir wird wo
wollen wurde wurden zu zum zur hallo danke mochte moechte wissen frage fragen hilfe helfen sagen gerne mal eigentlich ding dinge sachen halt schon seit vorher nachher
bereits viele viel brauche brauchen braucht irgendwann jemals möchte mochte euer eure euren eurem eurer jetzt
letzte letzten letzter letztes nachste nächste nächsten nachsten eins zwei drei vier funf sechs sieben acht
neun zehn bringen mitbringen geben nutzen benutzen verwenden finden`;

// Single characters that carry grammar rather than topic in Chinese questions.
const CHINESE_CHARACTERS = "的了吗呢吧啊呀嘛是我你您他她它们在有和与及或也都就还又很请问能会要想可以这那个一些什么怎样如何哪里把被给对从向为让嗯谢好吗么";

function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map((word) => stripAccents(word.toLowerCase())));
}

const STOP_WORDS = new Set<string>([
  ...wordSet(ENGLISH),
  ...wordSet(SPANISH),
  ...wordSet(FRENCH),
  ...wordSet(GERMAN),
]);

/** Per-language stop words, used to guess the language of short texts. */
export const STOP_WORDS_BY_LANGUAGE = {
  en: wordSet(ENGLISH),
  es: wordSet(SPANISH),
  fr: wordSet(FRENCH),
  de: wordSet(GERMAN),
} as const;

const CHINESE_STOP = new Set([...CHINESE_CHARACTERS]);

/** True for a folded Latin word that says nothing about the topic, in any of the four Latin-script languages. */
export function isStopWord(key: string): boolean {
  return key.length < 2 || STOP_WORDS.has(key);
}

/** True for a Chinese character that is grammar rather than topic. */
export function isChineseStopCharacter(character: string): boolean {
  return CHINESE_STOP.has(character);
}
