/** @module Word lists for war figures: number words, modifiers, units, counted nouns → categories, side words → about. Plain data. */

/** Cardinal number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers that follow a number (`3.5 million`, `4m`, `$3bn`). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, bn: 1_000_000_000, b: 1_000_000_000, tn: 1_000_000_000_000,
};

/** Vague plural quantities (spec/claims.md §2 table): low, high, always approximate. */
export const VAGUE_QUANTITIES: ReadonlyArray<{ words: string[]; low: number; high: number }> = [
  { words: ['hundreds', 'of', 'thousands'], low: 200_000, high: 999_999 },
  { words: ['tens', 'of', 'thousands'], low: 20_000, high: 99_999 },
  { words: ['tens', 'of', 'millions'], low: 20_000_000, high: 99_999_999 },
  { words: ['hundreds', 'of', 'millions'], low: 200_000_000, high: 999_999_999 },
  { words: ['dozens'], low: 24, high: 99 },
  { words: ['scores'], low: 40, high: 99 },
  { words: ['hundreds'], low: 200, high: 999 },
  { words: ['thousands'], low: 2_000, high: 9_999 },
  { words: ['millions'], low: 2_000_000, high: 9_999_999 },
  { words: ['billions'], low: 2_000_000_000, high: 9_999_999_999 },
];

/** Fractions written as words, as percentages (`a quarter` → 25). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, quarter: 25, third: 100 / 3, 'two-thirds': 200 / 3, 'three-quarters': 75,
};

export type ModifierKind = 'min' | 'max' | 'approx' | 'approx-max';

/** Modifiers before a number, longest first when matched (spec §2 bounds table). */
export const MODIFIERS: ReadonlyArray<{ words: string; kind: ModifierKind }> = [
  { words: 'more than', kind: 'min' }, { words: 'over', kind: 'min' }, { words: 'at least', kind: 'min' },
  { words: 'upwards of', kind: 'min' }, { words: 'in excess of', kind: 'min' }, { words: 'no fewer than', kind: 'min' },
  { words: 'no less than', kind: 'min' }, { words: 'above', kind: 'min' }, { words: 'well over', kind: 'min' },
  { words: 'about', kind: 'approx' }, { words: 'around', kind: 'approx' }, { words: 'some', kind: 'approx' },
  { words: 'roughly', kind: 'approx' }, { words: 'approximately', kind: 'approx' }, { words: 'an estimated', kind: 'approx' },
  { words: 'estimated', kind: 'approx' }, { words: 'approx.', kind: 'approx' }, { words: 'circa', kind: 'approx' },
  { words: 'nearly', kind: 'approx-max' }, { words: 'almost', kind: 'approx-max' }, { words: 'close to', kind: 'approx-max' },
  { words: 'just under', kind: 'approx-max' }, { words: 'just shy of', kind: 'approx-max' },
  { words: 'up to', kind: 'max' }, { words: 'fewer than', kind: 'max' }, { words: 'less than', kind: 'max' },
  { words: 'under', kind: 'max' }, { words: 'no more than', kind: 'max' }, { words: 'as many as', kind: 'max' },
  { words: 'at most', kind: 'max' }, { words: 'below', kind: 'max' },
];

/** Verbs before a number that set a bound but stay outside the span (`exceeds 5,000`). */
export const VERBAL_MIN_BOUNDS: readonly string[] = ['exceeds', 'exceeded', 'topped', 'tops', 'surpassed', 'passed', 'exceeding', 'topping', 'surpassing'];

/** Units written after a number. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', pc: 'percent',
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  miles: 'mi', mile: 'mi', mi: 'mi',
  tonnes: 'tonnes', tons: 'tonnes', tonne: 'tonnes', ton: 'tonnes',
  times: 'ratio',
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', rubles: 'RUB', roubles: 'RUB', hryvnias: 'UAH', hryvnia: 'UAH',
};

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '₴': 'UAH', '₽': 'RUB' };

/** Counted nouns (lemma-ish prefixes) → category. Checked on the few words after the number. */
export const COUNTED_NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/^(dead|deaths?|killed|fatalit|bodies|lives)/, 'killed'],
  [/^(wounded|injur|hurt)/, 'wounded'],
  [/^(casualt|losses)/, 'casualties'],
  [/^refugee/, 'refugees'],
  [/^(displaced|evacuee|idps?)$/, 'displaced'],
  [/^(prisoners?|pows?|captives?|detainees?|hostages?|deportees?)$/, 'prisoners'],
  [/^(conscripts?|recruits?|reservists?|draftees?|mobilised|mobilized)$/, 'conscripts'],
  [/^(troops|soldiers?|servicem[ae]n|personnel|fighters?|militants?|mercenar|marines?|paratroopers?|battalions?|brigades?|regiments?|divisions?|units?|generals?|officers?|sailors?|combatants?|forces)/, 'troops'],
  [/^tanks?$/, 'tanks'],
  [/^(armou?red|apcs?|ifvs?|vehicles?|bmps?|btrs?)/, 'armored_vehicles'],
  [/^(aircraft|jets?|planes?|warplanes?|helicopters?|fighter-jets?|bombers?)$/, 'aircraft'],
  [/^(drones?|uavs?|shaheds?)$/, 'drones'],
  [/^(missiles?|rockets?|shells?|bombs?|projectiles?|munitions?|rounds?|cruise|ballistic|strikes?|airstrikes?)$/, 'missiles'],
  [/^(artillery|guns?|howitzers?|launchers?|mlrs|mortars?|systems?)$/, 'artillery'],
  [/^(residents?|inhabitants?|population|people|civilians?|children|citizens?|men|women|families|persons?|russians|ukrainians)$/, 'people'],
];

/** Verbs and nouns in the clause that turn generic "people" into a category. */
export const PEOPLE_CONTEXT: ReadonlyArray<[RegExp, string]> = [
  [/\b(killed|killing|kill|dead|died|deaths?|perished|lost their lives|massacred|executed|slain)\b/, 'killed'],
  [/\b(wounded|injured|injuring|hurt)\b/, 'wounded'],
  [/\b(refugees?|fled|flee|fleeing|left the country|crossed (the|into)|entered|travelled to|traveled to|gone to|emigrated)\b/, 'refugees'],
  [/\b(displaced|evacuated|evacuate|uprooted|forced from their homes)\b/, 'displaced'],
  [/\b(deport\w*|forcible transfer|detained|captured|taken prisoner|abducted|prisoners?)\b/, 'prisoners'],
  [/\b(mobili[sz]\w*|conscript\w*|draft\w*|call-up|call up)\b/, 'conscripts'],
  [/\b(home to|population|inhabitants|residents|live in|living in|stuck|trapped)\b/, 'population'],
];

/** Words that point the figure at a side or group (`about`). */
export const ABOUT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(russian|russians|russia|russia's|russia’s|moscow|moscow's|moscow’s|kremlin)$/i, 'RU'],
  [/^(ukrainian|ukrainians|ukraine|ukraine's|ukraine’s|kyiv|kyiv's|kyiv’s|kiev)$/i, 'UA'],
  [/^(civilian|civilians)$/i, 'civ'],
  [/^(american|americans|u\.s\.|us|washington)$/i, 'US'],
  [/^(british|britain|uk|u\.k\.)$/i, 'GB'],
  [/^(german|germany|berlin)$/i, 'DE'],
  [/^(french|france|paris)$/i, 'FR'],
  [/^(polish|poland|warsaw)$/i, 'PL'],
  [/^(belarusian|belarus|minsk)$/i, 'BY'],
  [/^(chinese|china|beijing)$/i, 'CN'],
  [/^(nato)$/i, 'NATO'],
  [/^(eu|european)$/i, 'EU'],
];

/** Words after a number that mark it as a count of reporting sources (`three officials told AP`): not a war figure. */
export const SOURCE_NOUNS = /^(officials?|sources?|diplomats?|people familiar|analysts?|experts?|witnesses?|journalists?|reporters?)$/i;

/** Words after "one" that make it a pronoun or determiner, not a count. */
export const ONE_PRONOUN_FOLLOWERS = /^(of|another|can|could|would|should|may|might|must|will|day|time|way|thing|side|hand|point|more|less|too|who|that|which|is|was|has|had|does|did|another's|after)$/i;
