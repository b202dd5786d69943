/** @module Abbreviations after which a period does not end a sentence (lower-cased, without the period). */

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'pvt', 'adm', 'cmdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp', 'bros',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'ca', 'cf', 'al', 'fig', 'vol', 'pp', 'op', 'ed', 'eds',
  'ave', 'blvd', 'rd', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that are usually followed by a name, so even a capitalised next word does not start a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'no', 'nos', 'vs', 'v',
]);
