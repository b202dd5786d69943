/**
 * @module Time-expression patterns as data: each is a regex template with `{PLACEHOLDER}` word classes
 * (expanded from the lexicon) and named groups, plus the kind of normaliser that reads its groups.
 * Order matters only for equal-length matches (earlier wins); otherwise the longest match wins.
 */

/** What a pattern's match is normalised by (see 04-normalise.ts). */
export type PatternKind =
  | 'date' // day/month/year from groups day, month, year (+ weekday, mod)
  | 'numeric-date' // 2022-03-20, 20.03.2022, 3/20/2022
  | 'month' // month (+ rel, mod, year)
  | 'year' // year, decade (+ mod, fiscal)
  | 'weekday' // weekday (+ rel, pod)
  | 'deictic' // today / yesterday / tomorrow / tonight (+ pod)
  | 'part-of-day' // overnight, this morning, last night
  | 'relative' // last/next/this unit, earlier this year, the end of the year
  | 'ago' // N units ago / earlier / from now
  | 'duration' // (the past) N units, N-unit, units
  | 'set' // daily, every day, twice a week
  | 'ref' // now, recently, soon …
  | 'clock' // 10 a.m., 17:30 GMT, noon
  | 'season' // (last) summer, winter 2022
  | 'quarter' // the third quarter, third-quarter, the latest quarter
  | 'holiday'; // Christmas, Victory Day

/** One pattern: `source` is expanded and compiled case-insensitively; capitalisation of names is checked by the normaliser. */
export interface PatternSpec {
  kind: PatternKind;
  source: string;
  /**
   * A cheap regex (same placeholders) that every match contains: the full pattern is only tried in a short window
   * around each trigger hit, which keeps the scan fast on long articles.
   */
  trigger: string;
}

/** Triggers shared by several patterns. */
const T = {
  month: String.raw`\b(?:{MONTH})\b`,
  weekday: String.raw`\b(?:{WEEKDAY})\b`,
  unit: String.raw`\b(?:{UNIT}|centur)`,
} as const;

/** Modifier prefix shared by several patterns (`early`, `late`, `mid-`, `the end of` …). */
const MOD = String.raw`(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the latter half of|the turn of|around|about|approximately|circa|before|after|by the end of)[- ]+)?`;

/** The pattern table. Placeholders: {MONTH} {WEEKDAY} {DAYNUM} {YEAR} {NUM} {UNIT} {UNITS} {POD} {SEASON} {ORD} {HOLIDAY}. */
export const PATTERNS: readonly PatternSpec[] = [
  // Absolute dates.
  { kind: 'date', source: String.raw`(?:(?<weekday>{WEEKDAY}),?\s+)?${MOD}(?<month>{MONTH})\.?\s+(?<day>{DAYNUM})(?:,?\s+(?:(?<year>{YEAR})|(?<yrel>this|last|next)\s+year))?(?!\d|:\d)`, trigger: T.month },
  { kind: 'date', source: String.raw`(?:(?<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?<day>{DAYNUM})(?:\s+of)?\s+(?<month>{MONTH})\.?(?:,?\s+(?:(?<year>{YEAR})|(?<yrel>this|last|next)\s+year))?(?!\d|:\d)`, trigger: T.month },
  { kind: 'numeric-date', source: String.raw`(?<![\d/.])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<c>\d{4}))(?![\d/])`, trigger: String.raw`\d[./-]\d` },
  { kind: 'month', source: String.raw`(?:(?<rel>last|next|this|past|coming|previous)\s+)?${MOD}(?<month>{MONTH})\.?(?:,?\s+(?:of\s+)?(?:(?<year>{YEAR})|(?<yrel>this|last|next)\s+year))?(?!\d|:\d)`, trigger: T.month },
  { kind: 'year', source: String.raw`${MOD}(?:(?<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?<year>{YEAR})(?![\d,.]\d|%|-\d)`, trigger: String.raw`\b(?:1[89]|20)\d\d\b` },
  { kind: 'year', source: String.raw`(?:the\s+year\s+)?(?<spoken>(?:nineteen|twenty)[- ](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:\s+and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)`, trigger: String.raw`\b(?:nineteen|twenty|two\s+thousand)\b` },
  { kind: 'year', source: String.raw`(?:the\s+)?(?<cent>\d{1,2}(?:st|nd|rd|th)|(?:twentieth|twenty-first|nineteenth))\s+century`, trigger: String.raw`\bcentury\b` },
  { kind: 'year', source: String.raw`(?:the\s+)?${MOD}(?<decade>1[89]\d0|20\d0|'\d0)'?s\b`, trigger: String.raw`\d0'?s\b` },
  // Weekdays, deictic days, parts of day.
  { kind: 'weekday', source: String.raw`(?:(?<rel>last|next|this|past|coming|early|late)\s+)?(?<weekday>{WEEKDAY})(?:\s+(?<pod>{POD}))?`, trigger: T.weekday },
  { kind: 'deictic', source: String.raw`(?:(?<mod>early|late|later|earlier)\s+)?(?<deix>today|yesterday|tomorrow|tonight)(?:\s+(?<pod>morning|afternoon|evening|night))?`, trigger: String.raw`\b(?:today|yesterday|tomorrow|tonight)\b` },
  { kind: 'part-of-day', source: String.raw`(?<over>overnight)|(?:(?<rel>this|last|early\s+this|late\s+last|late\s+this)\s+(?<pod>{POD}))`, trigger: String.raw`\b(?:overnight|{POD})\b` },
  // Seasons and quarters.
  { kind: 'season', source: String.raw`(?:(?<rel>last|next|this|past|coming|the|early|late|mid-?)\s*)(?<season>{SEASON})(?:\s+(?:of\s+)?(?<year>{YEAR}))?`, trigger: String.raw`\b(?:{SEASON})\b` },
  { kind: 'season', source: String.raw`(?<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?<year>{YEAR}))?`, trigger: String.raw`\b(?:{SEASON})\b` },
  { kind: 'quarter', source: String.raw`(?:(?<qyrel>this|last|next)\s+year's\s+|(?:the\s+)?(?<qyear>{YEAR})\s+|the\s+)?(?<ord>{ORD})[- ]quarter(?:\s+of\s+(?:(?<year>{YEAR})|(?<yrel>this|last|next)\s+year))?`, trigger: String.raw`\b(?:quarter|Q[1-4]|year-earlier|year-ago|prior-year)\b` },
  { kind: 'quarter', source: String.raw`(?:the\s+)?(?<qrel>latest|current|last|previous|past|same|year-earlier|year-ago|prior-year|recent)\s+quarter`, trigger: String.raw`\b(?:quarter|Q[1-4]|year-earlier|year-ago|prior-year)\b` },
  { kind: 'quarter', source: String.raw`(?:the\s+)?(?<qrel>year-earlier|year-ago|prior-year)(?:\s+(?:period|quarter))?`, trigger: String.raw`\b(?:quarter|Q[1-4]|year-earlier|year-ago|prior-year)\b` },
  { kind: 'quarter', source: String.raw`the\s+(?<pyear>{YEAR})\s+(?:period|quarter)`, trigger: String.raw`\b(?:period|quarter)\b` },
  { kind: 'quarter', source: String.raw`(?<qnum>Q[1-4])(?:\s+(?<year>{YEAR}))?`, trigger: String.raw`\b(?:quarter|Q[1-4]|year-earlier|year-ago|prior-year)\b` },
  { kind: 'holiday', source: String.raw`(?<holiday>{HOLIDAY})`, trigger: String.raw`\b(?:{HOLIDAY})\b` },
  // Relative dates.
  { kind: 'relative', source: String.raw`(?:(?<edge>earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of)[- ]+)?(?<rel>last|next|this|coming|current|previous|following)\s+(?<unit>week|month|year|weekend|decade|century|fortnight)`, trigger: String.raw`\b(?:week|month|year|weekend|decade|century|fortnight|year-end|month-end)` },
  { kind: 'relative', source: String.raw`(?:the\s+)(?<unit2>weekend)`, trigger: String.raw`\b(?:week|month|year|weekend|decade|century|fortnight|year-end|month-end)` },
  { kind: 'relative', source: String.raw`(?<edge>the end of|the beginning of|the start of|the middle of|the rest of|the first half of|the second half of)\s+the\s+(?<unit>year|month|week|decade|century)`, trigger: String.raw`\b(?:week|month|year|weekend|decade|century|fortnight|year-end|month-end)` },
  { kind: 'relative', source: String.raw`(?:(?<ye>year-end|year's end|year end|month-end))`, trigger: String.raw`\b(?:week|month|year|weekend|decade|century|fortnight|year-end|month-end)` },
  { kind: 'quarter', source: String.raw`the\s+(?<qthe>quarter)(?!\s+of\b)`, trigger: String.raw`\b(?:quarter|Q[1-4]|year-earlier|year-ago|prior-year)\b` },
  { kind: 'ago', source: String.raw`(?:(?<dmod>more than|over|less than|under|nearly|almost|about|around|some|at least|roughly|approximately|just over|just under)\s+)?(?:(?<num>{NUM})[\s-]+)?(?<unit>{UNIT})s?\s+(?<dir>ago|earlier|from now|hence|back)`, trigger: String.raw`\b(?:ago|earlier|from\s+now|hence|back)\b` },
  // Durations (with modifiers) and sets; "$5 million a year" is a set, so it comes before the durations.
  { kind: 'set', source: String.raw`(?<=(?:\d[\d,.]*|\b{NUM})(?:\s*(?:%|percent|per cent|million|billion|thousand))?(?:\s+[a-z]+)?\s+)(?:a|per)\s+(?<unit>day|week|month|year)(?![\w-])`, trigger: String.raw`\b(?:a|per)\s+(?:day|week|month|year)\b` },
  { kind: 'duration', source: String.raw`(?:(?<dmod>more than|over|less than|under|nearly|almost|about|around|some|at least|up to|roughly|approximately|at most|just over|just under|barely)\s+(?!the\b))?(?:(?<the>the)\s+)?(?:(?<drel>past|last|next|coming|first|previous|final|following|initial|remaining|latest|other)\s+)?(?<num>{NUM})(?:\s+(?:more|additional|further|straight|consecutive|full))?[\s-]+(?<unit>{UNIT})s?(?:[- ]long)?(?:\s+(?<on>in|on)(?=\s*[,.;:—–]))?`, trigger: T.unit },
  { kind: 'duration', source: String.raw`(?<the>the)\s+(?<drel>past|last|next|coming|previous|following)\s+(?<unit>{UNIT})`, trigger: T.unit },
  { kind: 'duration', source: String.raw`(?<recent>recent)\s+(?<unit>days|weeks|months|years)`, trigger: String.raw`\brecent\b` },
  { kind: 'duration', source: String.raw`(?<=\b(?:for|in|over|within|from|lasted|took|takes)\s+)(?<bare>hours|days|weeks|months|years|decades|centuries)(?!\s+(?:of|old|ago|earlier|later|before|after))`, trigger: String.raw`\b(?:hours|days|weeks|months|years|decades|centuries)\b` },
  { kind: 'set', source: String.raw`(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|quarterly)`, trigger: String.raw`\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|quarterly)\b` },
  { kind: 'set', source: String.raw`(?<every>every|each)\s+(?:(?<other>other|single)\s+)?(?:(?<num>{NUM})\s+)?(?<unit>{UNIT}|morning|afternoon|evening|night|{WEEKDAY})s?`, trigger: String.raw`\b(?:every|each)\b` },
  { kind: 'set', source: String.raw`(?<times>once|twice|three times|four times|several times|(?:\d+|{NUM})\s+times)\s+(?:a|an|per|every|each)\s+(?<unit>{UNIT})`, trigger: String.raw`\b(?:once|twice|times)\b` },
  // Clock times.
  { kind: 'clock', source: String.raw`(?:(?<cmod>about|around|shortly after|shortly before|just after|just before|after|before)\s+)?(?<h>\d{1,2})(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![a-z])(?:\s+(?<tz>local time|GMT|UTC|Moscow time|Kyiv time|Kiev time|EST|EDT|CET|CEST|ET|PT|BST))?(?:,?\s+(?:on\s+)?(?:(?<cday>{WEEKDAY}|today|yesterday|tomorrow)|(?<cmonth>{MONTH})\.?\s+(?<cdaynum>{DAYNUM})(?!\d)))?`, trigger: String.raw`\d\s*[ap]\.?m\b` },
  { kind: 'clock', source: String.raw`(?<![\d:.,])(?<h>[01]?\d|2[0-3])[:](?<mi>[0-5]\d)(?!\d|:\d)(?:\s*(?<tz>local time|GMT|UTC|Moscow time|Kyiv time|Kiev time|CET|CEST|BST|hrs|hours))?`, trigger: String.raw`\d:\d\d` },
  { kind: 'clock', source: String.raw`(?<noon>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?:(?<cday>{WEEKDAY}|today|yesterday|tomorrow)|(?<cmonth>{MONTH})\.?\s+(?<cdaynum>{DAYNUM})(?!\d)))?`, trigger: String.raw`\b(?:noon|midnight|midday)\b` },
  // Reference words last, so longer phrases win.
  { kind: 'ref', source: String.raw`(?<ref>{REF})`, trigger: String.raw`\b(?:{REF})\b` },
];
