import type { Language } from "../i18n/language.ts";
import { foldText } from "../i18n/fold-text.ts";

/**
 * Valences on VADER's scale (-4..4), written for customer-support chat: a swear word or
 * "scam" weighs about -3.5, "disappointed" -2.2, factual trouble ("broken", "late") about -1,
 * so that reporting a problem calmly stays mildly negative and only anger reaches "very".
 */
export interface SentimentLexicon {
  /** Words and phrases of up to three words (folded), or Chinese strings, with their valence. */
  entries: ReadonlyMap<string, number>;
  /** Word beginnings ("frustrat") for inflected forms, longest first. */
  stems: ReadonlyArray<readonly [string, number]>;
  /** First words of the multi-word entries and intensifiers, so single words skip phrase lookups. */
  phraseStarts: ReadonlySet<string>;
  /** Words that scale the next sentiment word: above 1 boosts ("very"), below 1 damps ("a bit"). */
  intensifiers: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  /** Words after which the rest of the sentence carries more weight ("but"). */
  contrasts: ReadonlySet<string>;
  /** German puts "nicht" after the verb ("gefällt mir nicht"). */
  negationFollows: boolean;
}

function parseEntries(list: string): Map<string, number> {
  const entries = new Map<string, number>();
  for (const item of list.split(",")) {
    const trimmed = item.trim().replace(/\s+/gu, " ");
    if (trimmed === "") continue;
    const split = trimmed.lastIndexOf(" ");
    entries.set(foldText(trimmed.slice(0, split)).text, Number(trimmed.slice(split + 1)));
  }
  return entries;
}

function lexicon(definition: {
  words: string;
  intensifiers: string;
  negators: string;
  contrasts: string;
  negationFollows?: boolean;
}): SentimentLexicon {
  const all = parseEntries(definition.words);
  const entries = new Map([...all].filter(([word]) => !word.endsWith("*")));
  const stems = [...all]
    .filter(([word]) => word.endsWith("*"))
    .map(([word, valence]) => [word.slice(0, -1), valence] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const intensifiers = parseEntries(definition.intensifiers);
  return {
    entries,
    stems,
    phraseStarts: phraseStartsOf([...entries.keys(), ...intensifiers.keys()]),
    intensifiers,
    negators: new Set(definition.negators.split(/\s+/u).filter(Boolean).map((word) => foldText(word).text)),
    contrasts: new Set(definition.contrasts.split(/\s+/u).filter(Boolean)),
    negationFollows: definition.negationFollows ?? false,
  };
}

const en = lexicon({
  words: `
    worst -3.4, terrible -3, horrible -3, awful -3, horrendous -3.2, appalling -3.2, atrocious -3.2, disgusting -3.2,
    pathetic -3, useless -3, furious -3.2, livid -3.2, outraged -3.2, outrageous -3.2, unacceptable -3, ridiculous -2.6,
    absurd -2.4, scam -3.5, scammed -3.5, scammers -3.5, fraud -3.2, fraudulent -3.4, ripoff -3.2, rip off -3.2, rip-off -3.2,
    thieves -3.4, crooks -3.4, crook -3.2, stealing -3, stole -3, liars -3.2, lied -2.8, lying -2.6, hate -3, hated -3, disgrace -3.2,
    disgraceful -3.2, shameful -3, shame -2.2, incompetent -3, incompetence -3, nightmare -2.8, joke -1.5,
    what a joke -2.8, this is a joke -2.8, garbage -3, trash -2.8, crap -3, crappy -3, shit -3.5, shitty -3.5, fuck -3.5,
    fucking -2.5, wtf -3, bullshit -3.5, damn -1.8, hell -1.5, sucks -2.8, sucked -2.6, suck -2.6, angry -2.5, angrier -2.8,
    mad -2.2, pissed -3, upset -2.2, annoyed -2, annoying -2, irritated -2, irritating -2, frustrat* -2.2, disappoint* -2.2,
    unhappy -2.2, dissatisfied -2.2, displeased -2.2, rude -2.4, poor -1.8, bad -2, worse -2.4, fail -1.8, failed -1.6,
    failure -2, miserable -2.6, mess -2, chaos -2, ignored -2.2, ignoring -2.2, fed up -2.6, sick of -2.6, tired of -2,
    had enough -2.6, waste of time -3, waste of money -3, never again -2.8, nobody cares -2.6, no one cares -2.6,
    thanks for nothing -2.8, nobody -1.2, no one -1.2, concerned -1, worried -1.2, worry -1, confused -0.8, confusing -1,
    unfortunately -0.8, sadly -1, sad -1.5, hassle -1.5, pain -1.2, slow -1, broken -1, damaged -1, defective -1.2,
    faulty -1.2, wrong -1, late -0.8, delayed -0.8, problem -0.5, problems -0.6, inconvenient -1.2, inconvenience -1.2,
    stressed -1.5, stressful -1.8, exhausted -1.5, unreliable -2, still waiting -1.2, care 1,
    thanks 1.5, thank you 1.8, thank 1.5, thx 1.2, great 2.5, good 1.8, excellent 3, perfect 2.8, awesome 3, amazing 3,
    love 3, loved 3, lovely 2.5, happy 2.5, glad 2, pleased 2, nice 1.8, helpful 2, appreciate 2, appreciated 2,
    wonderful 3, fantastic 3, brilliant 3, satisfied 2, fine 0.8, cool 1.3, ok 0.3, okay 0.3, works 0.8, fixed 1.5,
    solved 1.5, resolved 1.5, quick 1, fast 1, easy 1.5, smooth 1.5, friendly 2, kind 1.5, super 2.5, best 2.5,
  `,
  intensifiers: `
    very 1.3, so 1.3, really 1.3, extremely 1.5, absolutely 1.4, totally 1.3, completely 1.4, incredibly 1.5, utterly 1.5,
    super 1.3, too 1.2, truly 1.3, highly 1.3, fucking 1.5, bloody 1.3, most 1.3, such 1.2, insanely 1.5, seriously 1.3,
    quite 1.1, pretty 1.1, beyond 1.3, a bit 0.6, bit 0.6, a little 0.6, little 0.7, slightly 0.6, somewhat 0.7, kinda 0.7,
    kind of 0.7, sort of 0.7, fairly 0.8, rather 0.8,
  `,
  negators: "not no never nothing none neither nor without hardly barely cannot dont cant wont isnt wasnt doesnt didnt aint nobody",
  contrasts: "but however although though yet",
});

const es = lexicon({
  words: `
    peor -3, pesimo -3.5, pesima -3.5, horrible -3, terrible -3, fatal -2.6, asco -3, asqueroso -3, asquerosa -3,
    verguenza -2.8, vergonzoso -3, inutil -3, inutiles -3, estafa -3.5, estafadores -3.5, timo -3, fraude -3.2, robo -3,
    ladrones -3.5, mentira -2.4, mentiras -2.6, mentirosos -3, mierda -3.5, joder -2.6, cabread* -3, cabreo -3,
    furios* -3, indignad* -3, indignante -3.2, enfadad* -2.5, enojad* -2.5, molest* -2, hart* -2.5,
    decepcion* -2.2, frustra* -2.2, inaceptable -3, ridiculo -2.6, ridicula -2.6, lamentable -2.8, desastre -3,
    desastroso -3, malo -2, mala -2, mal -1.8, malisimo -3.4, tarde -0.6, roto -1, rota -1, defectuoso -1.2,
    problema -0.5, preocupad* -1.2, triste -1.5, cansad* -1.2, tomadura de pelo -3, perdida de tiempo -3,
    nadie -1.2, ni caso -2, nunca mas -2.6, una burla -3, cutre -2.4, chapuza -2.6,
    gracias 1.5, muchas gracias 2, genial 2.8, excelente 3, perfecto 2.8, perfecta 2.8, bien 1.2, bueno 1.5, buena 1.5,
    encantad* 2.5, content* 2.2, feliz 2.5, satisfech* 2, amable 2, maravillos* 3, estupend* 2.8, fantastic* 3,
    rapido 1, util 1.8, me encanta 3, guay 2, vale 0.3, resuelto 1.5, solucionado 1.5, funciona 0.8,
  `,
  intensifiers: `
    muy 1.3, tan 1.3, super 1.3, realmente 1.3, totalmente 1.4, completamente 1.4, absolutamente 1.4,
    increiblemente 1.5, demasiado 1.3, sumamente 1.5, extremadamente 1.5, bastante 1.1, mas 1.2,
    un poco 0.6, poco 0.7, un poquito 0.5, algo 0.7, ligeramente 0.6,
  `,
  negators: "no nunca jamás ni sin tampoco nada",
  contrasts: "pero aunque sino",
});

const fr = lexicon({
  words: `
    pire -3, nul -3, nulle -3, nuls -3, horrible -3, affreux -3, lamentable -3, lamentables -3, honteux -3, honte -2.5,
    c'est une honte -3.2, scandaleux -3.2, scandale -3, inadmissible -3.2, inacceptable -3, inutile -2.4,
    arnaque -3.5, arnaqueurs -3.5, escroc -3.5, escrocs -3.5, escroquerie -3.5, voleurs -3.5, menteurs -3, merde -3.5,
    putain -2.6, furieux -3.2, furieuse -3.2, enerve -2.5, enervee -2.5, fache -2.5, fachee -2.5, en colere -2.8,
    colere -2.6, agace -2, agacee -2, decu -2.2, decue -2.2, decevant* -2.5, deception -2.2, frustr* -2.2,
    marre -2.6, ras le bol -3, ras-le-bol -3, ridicule -2.6, catastrophe -3, catastrophique -3.2, mauvais -2,
    mauvaise -2, mal -1.5, penible -2, inquiet -1.2, inquiete -1.2, triste -1.5, casse -1, abime -1, defectueux -1.2,
    retard -0.8, probleme -0.5, personne ne -1.5, foutage de gueule -3.5, moquez -2.5, n'importe quoi -2.6,
    perte de temps -3, plus jamais -2.8, aucune reponse -1.5, inadmissible -3.2,
    merci 1.5, merci beaucoup 2, genial 2.8, excellent 3, parfait 2.8, parfaite 2.8, super 2.5, bien 1.2, bon 1.3,
    bonne 1.3, content 2.2, contente 2.2, ravi 2.8, ravie 2.8, satisfait 2, satisfaite 2, heureux 2.5, heureuse 2.5,
    top 2.5, formidable 3, sympa 2, aimable 2, efficace 2, rapide 1, regle 1.5, resolu 1.5, fonctionne 0.8,
  `,
  intensifiers: `
    tres 1.3, vraiment 1.3, tellement 1.4, trop 1.3, completement 1.4, totalement 1.4, absolument 1.4, si 1.2,
    super 1.3, extremement 1.5, carrement 1.3, franchement 1.2, hyper 1.4, vachement 1.3, particulierement 1.2,
    un peu 0.6, legerement 0.6, plutot 0.8, assez 0.9,
  `,
  negators: "ne n' pas jamais aucun aucune sans ni rien",
  contrasts: "mais cependant pourtant",
});

const de = lexicon({
  words: `
    schlechteste* -3.2, schlecht -2, schlechter -2.2, schlimm -2.2, schlimmste* -3, furchtbar -3, schrecklich -3,
    katastrophal -3, katastrophe -3, miserabel -3, mies -2.5, grottig -3, unverschamt -3, unverschamtheit -3.2,
    frechheit -3, skandal* -3.2, inakzeptabel -3, unmoglich -2.2, lacherlich -2.6, nutzlos -3, sinnlos -2.2,
    betrug -3.5, betruger -3.5, abzocke -3.5, abgezockt -3.5, lugner -3, scheisse -3.5, scheiss* -3, mist -2,
    verdammt -2, sauer -2.5, stinksauer -3.6, wutend -3, wut -3, verargert -2.5, argerlich -2, argere -2, argert -2,
    genervt -2.2, nervig -2.2, enttauscht -2.2, enttauschend -2.5, enttauschung -2.2, frustrier* -2.2,
    unzufrieden -2.2, traurig -1.5, besorgt -1.2, die nase voll -3, es reicht -2.6, nie wieder -2.8,
    zeitverschwendung -3, unter aller sau -3.5, defekt -1.2, kaputt -1.2, beschadigt -1, verspatet -0.8,
    problem -0.5, niemand -1.2, armselig -3, peinlich -2.2,
    danke 1.5, vielen dank 2, dank 1.2, super 2.5, toll 2.5, prima 2.5, perfekt 2.8, ausgezeichnet 3, hervorragend 3,
    gut 1.5, klasse 2.5, spitze 2.8, zufrieden 2, glucklich 2.5, freundlich 2, hilfreich 2, schnell 1, geklappt 1.5,
    gelost 1.5, funktioniert 0.8, alles klar 1, gefallt 2,
  `,
  intensifiers: `
    sehr 1.3, so 1.2, total 1.4, echt 1.3, wirklich 1.3, absolut 1.4, vollig 1.4, extrem 1.5, ziemlich 1.1, super 1.3,
    richtig 1.2, komplett 1.4, ausserst 1.5, mega 1.4, voll 1.2, zutiefst 1.5,
    etwas 0.7, ein bisschen 0.6, bisschen 0.6, leicht 0.6, ein wenig 0.6,
  `,
  negators: "nicht kein keine keinen keinem keiner keines nie niemals nichts ohne weder",
  contrasts: "aber doch jedoch sondern trotzdem",
  negationFollows: true,
});

const zh = lexicon({
  words: `
    垃圾 -3, 差劲 -3, 差 -2, 最差 -3.2, 糟糕 -2.8, 糟透 -3.2, 烂 -2.5, 恶心 -3, 骗子 -3.5, 骗人 -3, 诈骗 -3.5,
    坑人 -3, 黑心 -3, 无良 -3, 气死 -3.5, 生气 -2.5, 愤怒 -3, 火大 -3, 恼火 -2.5, 烦 -1.8, 烦死 -3, 烦人 -2,
    失望 -2.2, 不满 -2.2, 不满意 -2.2, 不爽 -2.2, 不好 -1.5, 不行 -1.5, 没用 -2.5, 无语 -2, 离谱 -2.8, 过分 -2.5,
    无法接受 -3, 不能接受 -3, 受不了 -2.5, 忍无可忍 -3.5, 投诉 -1.5, 差评 -2.5, 可恶 -3, 混蛋 -3.5, 他妈 -3,
    妈的 -3, 坑爹 -3, 破 -1, 慢 -1, 延迟 -0.8, 坏了 -1.2, 损坏 -1, 瑕疵 -0.8, 问题 -0.5, 担心 -1.2, 着急 -1.5,
    郁闷 -1.8, 难过 -1.5, 伤心 -1.5, 不靠谱 -2.2, 敷衍 -2.5, 没人管 -2.5, 没人理 -2.5, 浪费时间 -3, 差不多 0, 麻烦 0, 不好意思 0, 没问题 1, 不客气 0, 没关系 0.5,
    谢谢 1.5, 感谢 2, 多谢 1.8, 好的 0.8, 好 1.2, 你好 0, 您好 0, 好像 0, 好久 0, 好多 0, 还好 0.5, 好评 2.5,
    满意 2, 不错 2, 棒 2.5, 赞 2.5, 完美 2.8, 开心 2.5, 高兴 2.5, 喜欢 2.5, 给力 2.5, 方便 1.2, 快递 0, 顺利 1.5,
    解决了 1.5, 可以 0.5, 还可以 0.8, 辛苦了 1.5, 好用 2, 专业 1.5, 耐心 1.5, 贴心 2,
  `,
  intensifiers: `
    非常 1.4, 特别 1.4, 超级 1.4, 超 1.3, 太 1.3, 很 1.15, 真 1.2, 真的 1.2, 极其 1.5, 极 1.4, 十分 1.3, 相当 1.2,
    实在 1.3, 简直 1.3, 根本 1.3, 最 1.3, 好 1.2, 挺 1.1, 有点 0.6, 有一点 0.6, 有些 0.7, 稍微 0.6, 一点 0.7, 略 0.7,
  `,
  negators: "不是 不太 不怎么 不够 并不 毫不 没有 不 没 别",
  contrasts: "但是 不过 可是 但 然而",
});

/** First words of the entries that have more than one. */
export function phraseStartsOf(entries: Iterable<string>): Set<string> {
  return new Set([...entries].filter((entry) => entry.includes(" ")).map((entry) => entry.split(" ")[0]));
}

/** The lexicon of each supported language. */
export const sentimentLexicons: Readonly<Record<Language, SentimentLexicon>> = { en, es, fr, de, zh };

/** Emoji carry the same meaning in every language. */
export const emojiValences: ReadonlyMap<string, number> = new Map([
  ["😡", -3.2], ["🤬", -3.6], ["😠", -2.6], ["😤", -2.2], ["👎", -2], ["😞", -1.6], ["😢", -1.6], ["😭", -2],
  ["🙄", -1.5], ["💩", -2.5], ["😒", -1.5], ["👍", 1.5], ["🙂", 1], ["😊", 1.8], ["😀", 1.8], ["😃", 1.8],
  ["❤", 2], ["❤️", 2], ["🙏", 1.2], ["👌", 1.5], ["🎉", 2],
]);
