/** @module Fallback descriptor → side table for sources, used when the knowledge base has no answer (spec/claims.md §1.4 side table). */

import type { Side } from '../../../core/doc.js';

/**
 * Lower-case words and phrases that give a source its side; the first one found in the source
 * (left to right) wins, so `Polish and Ukrainian border guards` → WEST. Longer phrases are tried first.
 */
export const SIDE_TERMS: ReadonlyArray<readonly [string, Side]> = [
  // Russia: state, capital, demonym, institutions, state media, proxies.
  ['russia', 'RU'], ["russia's", 'RU'], ['russian', 'RU'], ['russians', 'RU'], ['moscow', 'RU'], ["moscow's", 'RU'], ['kremlin', 'RU'],
  ['tass', 'RU'], ['ria', 'RU'], ['ria novosti', 'RU'], ['rt', 'RU'], ['sputnik', 'RU'], ['izvestia', 'RU'], ['rossiya', 'RU'], ['channel one', 'RU'],
  ['wagner', 'RU'], ['kadyrov', 'RU'], ['dpr', 'RU'], ['lpr', 'RU'], ['lnr', 'RU'], ['donetsk people’s republic', 'RU'], ["donetsk people's republic", 'RU'],
  ['separatist', 'RU'], ['separatists', 'RU'], ['russian-installed', 'RU'], ['russia-installed', 'RU'], ['moscow-installed', 'RU'], ['pro-russian', 'RU'],
  ['pro-kremlin', 'RU'], ['putin', 'RU'], ['peskov', 'RU'], ['lavrov', 'RU'], ['shoigu', 'RU'], ['zakharova', 'RU'], ['konashenkov', 'RU'],
  ['rudskoy', 'RU'], ['medvedev', 'RU'], ['gerasimov', 'RU'], ['nebenzia', 'RU'], ['mizintsev', 'RU'], ['prigozhin', 'RU'], ['pushilin', 'RU'],
  ['saldo', 'RU'], ['balitsky', 'RU'], ['kadyrov’s', 'RU'], ['roskosmos', 'RU'], ['rosatom', 'RU'], ['fsb', 'RU'], ['gazprom', 'RU'],
  // Ukraine.
  ['ukraine', 'UA'], ["ukraine's", 'UA'], ['ukraine’s', 'UA'], ['ukrainian', 'UA'], ['ukrainians', 'UA'], ['kyiv', 'UA'], ["kyiv's", 'UA'], ['kiev', 'UA'],
  ['zelensky', 'UA'], ['zelenskyy', 'UA'], ['zelenskiy', 'UA'], ['kuleba', 'UA'], ['podolyak', 'UA'], ['podoliak', 'UA'], ['reznikov', 'UA'],
  ['arestovych', 'UA'], ['zaluzhny', 'UA'], ['zaluzhnyi', 'UA'], ['syrskyi', 'UA'], ['budanov', 'UA'], ['vereshchuk', 'UA'], ['klitschko', 'UA'],
  ['shmyhal', 'UA'], ['yermak', 'UA'], ['denysenko', 'UA'], ['pletenchuk', 'UA'], ['ihnat', 'UA'], ['chaus', 'UA'], ['boychenko', 'UA'],
  ['mariupol', 'UA'], ['kharkiv', 'UA'], ['odesa', 'UA'], ['odessa', 'UA'], ['lviv', 'UA'], ['dnipro', 'UA'], ['zaporizhzhia', 'UA'],
  ['mykolaiv', 'UA'], ['kherson', 'UA'], ['chernihiv', 'UA'], ['sumy', 'UA'], ['poltava', 'UA'], ['bucha', 'UA'], ['irpin', 'UA'], ['kramatorsk', 'UA'],
  ['bakhmut', 'UA'], ['sloviansk', 'UA'], ['vinnytsia', 'UA'], ['zhytomyr', 'UA'], ['ukrinform', 'UA'], ['ukroboronprom', 'UA'], ['energoatom', 'UA'], ['naftogaz', 'UA'], ['ukrenergo', 'UA'], ['sbu', 'UA'], ['azov', 'UA'],
  // West.
  ['western', 'WEST'], ['west', 'WEST'], ['nato', 'WEST'], ['eu', 'WEST'], ['european union', 'WEST'], ['european commission', 'WEST'],
  ['u.s.', 'WEST'], ['us', 'WEST'], ['united states', 'WEST'], ['american', 'WEST'], ['america', 'WEST'], ['washington', 'WEST'], ['pentagon', 'WEST'],
  ['white house', 'WEST'], ['state department', 'WEST'], ['cia', 'WEST'], ['dia', 'WEST'], ['britain', 'WEST'], ["britain's", 'WEST'], ['britain’s', 'WEST'],
  ['british', 'WEST'], ['uk', 'WEST'], ['u.k.', 'WEST'], ['london', 'WEST'], ['gchq', 'WEST'], ['mi6', 'WEST'], ['downing street', 'WEST'],
  ['france', 'WEST'], ['french', 'WEST'], ['paris', 'WEST'], ['germany', 'WEST'], ['german', 'WEST'], ['berlin', 'WEST'], ['poland', 'WEST'],
  ['polish', 'WEST'], ['warsaw', 'WEST'], ['italy', 'WEST'], ['italian', 'WEST'], ['rome', 'WEST'], ['spain', 'WEST'], ['spanish', 'WEST'],
  ['canada', 'WEST'], ['canadian', 'WEST'], ['japan', 'WEST'], ['japanese', 'WEST'], ['tokyo', 'WEST'], ['australia', 'WEST'], ['australian', 'WEST'],
  ['new zealand', 'WEST'], ['south korea', 'WEST'], ['estonia', 'WEST'], ['estonian', 'WEST'], ['latvia', 'WEST'], ['latvian', 'WEST'],
  ['lithuania', 'WEST'], ['lithuanian', 'WEST'], ['finland', 'WEST'], ['finnish', 'WEST'], ['sweden', 'WEST'], ['swedish', 'WEST'],
  ['norway', 'WEST'], ['norwegian', 'WEST'], ['denmark', 'WEST'], ['danish', 'WEST'], ['netherlands', 'WEST'], ['dutch', 'WEST'],
  ['belgium', 'WEST'], ['belgian', 'WEST'], ['czech', 'WEST'], ['slovakia', 'WEST'], ['slovak', 'WEST'], ['hungary', 'WEST'], ['hungarian', 'WEST'],
  ['romania', 'WEST'], ['romanian', 'WEST'], ['bulgaria', 'WEST'], ['bulgarian', 'WEST'], ['greece', 'WEST'], ['greek', 'WEST'],
  ['portugal', 'WEST'], ['portuguese', 'WEST'], ['ireland', 'WEST'], ['irish', 'WEST'], ['austria', 'WEST'], ['austrian', 'WEST'],
  ['biden', 'WEST'], ['blinken', 'WEST'], ['kirby', 'WEST'], ['sullivan', 'WEST'], ['stoltenberg', 'WEST'], ['macron', 'WEST'], ['scholz', 'WEST'],
  ['von der leyen', 'WEST'], ['borrell', 'WEST'], ['fleming', 'WEST'], ['wallace', 'WEST'], ['truss', 'WEST'], ['sunak', 'WEST'], ['duda', 'WEST'],
  ['pentagon’s', 'WEST'], ['congress', 'WEST'], ['senate', 'WEST'], ['senator', 'WEST'], ['lawmakers', 'WEST'], ['bundestag', 'WEST'],
  // International organisations.
  ['united nations', 'INTL'], ['un', 'INTL'], ['u.n.', 'INTL'], ['unhcr', 'INTL'], ['unicef', 'INTL'], ['who', 'INTL'], ['world health organization', 'INTL'],
  ['red cross', 'INTL'], ['icrc', 'INTL'], ['iaea', 'INTL'], ['osce', 'INTL'], ['opcw', 'INTL'], ['icc', 'INTL'], ['international criminal court', 'INTL'],
  ['ioc', 'INTL'], ['imf', 'INTL'], ['world bank', 'INTL'], ['guterres', 'INTL'], ['grossi', 'INTL'], ['ohchr', 'INTL'], ['ocha', 'INTL'], ['wfp', 'INTL'],
  ['international atomic energy agency', 'INTL'], ['international committee', 'INTL'],
  // Third countries, Belarus.
  ['belarus', 'THIRD'], ['belarusian', 'THIRD'], ['minsk', 'THIRD'], ['lukashenko', 'THIRD'], ['china', 'THIRD'], ['chinese', 'THIRD'], ['beijing', 'THIRD'],
  ['turkey', 'THIRD'], ['turkish', 'THIRD'], ['türkiye', 'THIRD'], ['ankara', 'THIRD'], ['erdogan', 'THIRD'], ['india', 'THIRD'], ['indian', 'THIRD'],
  ['iran', 'THIRD'], ['iranian', 'THIRD'], ['tehran', 'THIRD'], ['serbia', 'THIRD'], ['serbian', 'THIRD'], ['vatican', 'THIRD'], ['holy see', 'THIRD'],
  ['pope', 'THIRD'], ['israel', 'THIRD'], ['israeli', 'THIRD'], ['syria', 'THIRD'], ['syrian', 'THIRD'], ['north korea', 'THIRD'], ['kazakhstan', 'THIRD'],
  ['georgia', 'THIRD'], ['georgian', 'THIRD'], ['moldova', 'THIRD'], ['moldovan', 'THIRD'], ['brazil', 'THIRD'], ['saudi', 'THIRD'], ['qatar', 'THIRD'],
  ['xi', 'THIRD'], ['modi', 'THIRD'], ['switzerland', 'THIRD'], ['swiss', 'THIRD'], ['south africa', 'THIRD'], ['egypt', 'THIRD'],
  // OSINT: think tanks, analysts, NGOs.
  ['isw', 'OSINT'], ['institute for the study of war', 'OSINT'], ['rusi', 'OSINT'], ['bellingcat', 'OSINT'], ['oryx', 'OSINT'], ['amnesty', 'OSINT'],
  ['human rights watch', 'OSINT'], ['hrw', 'OSINT'], ['open-source', 'OSINT'], ['open-source-intelligence', 'OSINT'], ['osint', 'OSINT'],
  ['kremlin watcher', 'OSINT'], ['think tank', 'OSINT'], ['think-tank', 'OSINT'], ['analyst', 'OSINT'], ['professor', 'OSINT'], ['maxar', 'OSINT'],
  ['planet labs', 'OSINT'], ['carnegie', 'OSINT'], ['chatham house', 'OSINT'], ['csis', 'OSINT'], ['iiss', 'OSINT'], ['rand', 'OSINT'], ['pollster', 'OSINT'],
  // Media.
  ['reuters', 'MEDIA'], ['associated press', 'MEDIA'], ['ap', 'MEDIA'], ['afp', 'MEDIA'], ['agence france-presse', 'MEDIA'], ['cnn', 'MEDIA'],
  ['bbc', 'MEDIA'], ['fox news', 'MEDIA'], ['new york times', 'MEDIA'], ['washington post', 'MEDIA'], ['guardian', 'MEDIA'], ['politico', 'MEDIA'],
  ['bloomberg', 'MEDIA'], ['al jazeera', 'MEDIA'], ['kyiv independent', 'MEDIA'], ['kyiv post', 'MEDIA'], ['meduza', 'MEDIA'], ['interfax', 'MEDIA'],
  ['wall street journal', 'MEDIA'], ['financial times', 'MEDIA'], ['the times', 'MEDIA'], ['telegraph', 'MEDIA'], ['sky news', 'MEDIA'],
  ['nbc', 'MEDIA'], ['cbs', 'MEDIA'], ['abc news', 'MEDIA'], ['npr', 'MEDIA'], ['axios', 'MEDIA'], ['newsweek', 'MEDIA'], ['daily mail', 'MEDIA'],
  ['ukrainska pravda', 'MEDIA'], ['novaya gazeta', 'MEDIA'], ['kommersant', 'MEDIA'], ['the economist', 'MEDIA'], ['breitbart', 'MEDIA'],
  ['correspondent', 'MEDIA'], ['reporter', 'MEDIA'], ['journalist', 'MEDIA'], ['newspaper', 'MEDIA'], ['news agency', 'MEDIA'], ['broadcaster', 'MEDIA'],
];

/** Words that mark a source as unnamed and generic (`officials`, `sources`): ANON unless a side term is also present. */
export const ANON_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'report', 'reports', 'witness', 'witnesses', 'resident', 'residents', 'people', 'expert', 'experts',
  'authorities', 'observers', 'channels', 'channel', 'bloggers', 'media', 'diplomats', 'someone', 'insiders', 'analysts', 'investigators',
  'photographs', 'photos', 'images', 'videos', 'footage', 'pictures',
]);

/** Words that mark a former office-holder (side OSINT when no current role is named). */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex-', 'retired', 'onetime', 'one-time']);

/** Media sources whose nested statements become `via` relays rather than separate claims. */
export const RELAY_SIDES: ReadonlySet<Side> = new Set(['MEDIA']);

/** Sources that are news organisations whatever their side (state media): their nested statements are relays too. */
export const RELAY_SOURCE_RE = /\b(?:TASS|RIA(?:\s+Novosti)?|RT|Sputnik|Interfax|Ukrinform|Xinhua|BelTA|Izvestia|news\s+agency|agency|newspaper|broadcaster|television|TV|wire)\b/;

/** Title and role words dropped when a person's name is extracted from a source phrase. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'general', 'gen.', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'minister', 'prime', 'foreign', 'defense', 'defence',
  'spokesman', 'spokeswoman', 'secretary', 'colonel', 'col.', 'lt.', 'lieutenant', 'major', 'admiral', 'chancellor', 'governor', 'mayor',
  'senator', 'sen.', 'rep.', 'deputy', 'chief', 'head', 'commander', 'ambassador', 'pope', 'king', 'queen', 'prince', 'top', 'senior',
  'russian', 'ukrainian', 'american', 'british', 'turkish', 'german', 'french', 'polish', 'chinese', 'belarusian', 'kremlin', 'white',
  'house', 'former', 'longtime', 'press', 'first', 'vice', 'interior', 'the', 'a', 'an', 'officer', 'analyst', 'expert',
]);

/**
 * Plural head nouns of human groups that a plural pronoun (`they`) can refer back to (`his top commanders`,
 * `Russian officials`). A group is an antecedent only when its side can be determined from its modifiers or possessor.
 */
export const PLURAL_GROUP_HEADS: ReadonlySet<string> = new Set([
  'commanders', 'generals', 'officials', 'troops', 'soldiers', 'officers', 'forces', 'diplomats', 'ministers', 'leaders', 'authorities',
  'lawmakers', 'legislators', 'prosecutors', 'investigators', 'chiefs', 'advisers', 'advisors', 'aides', 'negotiators', 'separatists',
  'mercenaries', 'fighters', 'spokesmen', 'envoys', 'commanders-in-chief', 'intelligence', 'military', 'guards', 'servicemen', 'marines',
  'paratroopers', 'pilots', 'police', 'militias', 'governments', 'allies', 'partners',
]);

/** Possessive determiners that take their side from the nearest preceding named person (`his top commanders`). */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);
