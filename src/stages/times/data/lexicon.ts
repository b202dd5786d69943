/** @module Word lists for time expressions: months, weekdays, number words, units, parts of day, seasons, cue words. */

/** Month names and abbreviations (lower case, no trailing dot) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month words that are also ordinary English words; they count as months only with a date-like neighbour. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sept', 'jun', 'jul', 'aug']);

/** Weekday names and abbreviations → ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

/** Vague quantity words: the number is unknown (`X` in the value). */
export const VAGUE_QUANTITIES: readonly string[] = ['a few', 'few', 'several', 'some', 'many', 'a couple of', 'a couple', 'couple of', 'a number of', 'numerous'];

/** Ordinals → value (quarters, "the second week"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
  last: -1, final: -1,
};

/** Duration units: the ISO letter, whether it is a clock unit (`PT…`), and how many of it make the letter's unit. */
export const UNITS: Readonly<Record<string, { letter: string; time?: boolean; factor?: number }>> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D' }, night: { letter: 'D' }, week: { letter: 'W' }, fortnight: { letter: 'W', factor: 2 },
  month: { letter: 'M' }, year: { letter: 'Y' }, quarter: { letter: 'Q' }, decade: { letter: 'Y', factor: 10 },
  century: { letter: 'CE' }, weekend: { letter: 'WE' },
};

/** Parts of day → TIMEX3 code. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', overnight: 'TNI', tonight: 'TNI',
  midday: 'TMO', daybreak: 'TMO', dawn: 'TMO', dusk: 'TEV',
};

/** Seasons → TIMEX3 code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Fixed-date holidays → `MM-DD`. */
export const HOLIDAYS: Readonly<Record<string, string>> = {
  "new year's day": '01-01', "new year's eve": '12-31', 'christmas day': '12-25', 'christmas eve': '12-24',
  christmas: '12-25', 'victory day': '05-09', thanksgiving: 'thanksgiving', 'thanksgiving day': 'thanksgiving', 'valentine\'s day': '02-14', 'halloween': '10-31',
};

/** Words that stand for the present (`PRESENT_REF`). */
export const PRESENT_WORDS: readonly string[] = ['now', 'currently', 'nowadays', 'at present', 'presently', 'at the moment', 'these days', 'right now', 'just now'];
/** Words that stand for the past (`PAST_REF`). */
export const PAST_WORDS: readonly string[] = ['recently', 'lately', 'previously', 'formerly', 'the past', 'in recent times', 'the recent past'];
/** Words that stand for the future (`FUTURE_REF`). */
export const FUTURE_WORDS: readonly string[] = ['soon', 'the near future', 'the future', 'the near term', 'the coming days', 'the coming weeks', 'the coming months', 'coming days', 'coming weeks', 'coming months', 'the days ahead', 'the weeks ahead', 'the months ahead'];

/** Cues that put a weekday or a day-month date in the future (spec §4: "will", "next", "plans to"). */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'plans to', 'plan to', 'planned for', 'scheduled', 'is due', 'are due', 'due to', 'expected to',
  'is to', 'are to', 'going to', 'intends to', 'set to', 'upcoming', 'next', 'until', 'by', 'from now', 'coming', 'would',
];

/** Nouns after a four-digit number that make it a count, not a year ("1990 soldiers"). */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'civilians', 'children', 'soldiers', 'troops', 'men', 'women', 'servicemen', 'fighters', 'refugees',
  'prisoners', 'pows', 'tanks', 'vehicles', 'drones', 'missiles', 'rockets', 'shells', 'rounds', 'units', 'cases', 'deaths',
  'casualties', 'killed', 'dead', 'wounded', 'injured', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'tons',
  'tonnes', 'dollars', 'euros', 'hryvnias', 'rubles', 'roubles', 'points', 'shares', 'employees', 'workers', 'jobs', 'homes',
  'houses', 'buildings', 'residents', 'votes', 'mw', 'kg', 'feet', 'ft', 'hours', 'times', 'percent', 'per', 'page', 'pages',
];
