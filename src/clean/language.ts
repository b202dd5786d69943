/** @module Language detection with franc-min over a restricted set of languages, mapped to ISO 639-1. */

import { francAll } from 'franc-min';

/** Languages we expect in war reporting (ISO 639-3 as franc-min names them) and their ISO 639-1 codes. */
export const LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  pol: 'pl',
  por: 'pt',
  nld: 'nl',
  ron: 'ro',
  tur: 'tr',
  arb: 'ar',
};

const ONLY = Object.keys(LANGUAGES);
/** Texts shorter than this (after trimming) are `und`. */
export const LANGUAGE_MIN_CHARS = 40;
/** Only this many characters are looked at (enough for a confident guess, and fast). */
export const LANGUAGE_SAMPLE_CHARS = 300;

/** The detected language: ISO 639-1 code (or `und`) and a confidence in [0, 1]. */
export interface LanguageGuess {
  language: string;
  /** Margin between the best and the second-best franc score (1 when only one language is possible). */
  score: number;
}

/**
 * Detects the language of `text`.
 * @returns `{ language: 'en', score }`; `und` with score 0 for very short or undecidable text.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  if (sample.trim().length < LANGUAGE_MIN_CHARS) return { language: 'und', score: 0 };
  const ranked = francAll(sample, { only: ONLY, minLength: LANGUAGE_MIN_CHARS });
  const best = ranked[0];
  if (!best || best[0] === 'und') return { language: 'und', score: 0 };
  const second = ranked[1]?.[1] ?? 0;
  const score = Math.round((best[1] - second) * 1000) / 1000;
  return { language: LANGUAGES[best[0]] ?? 'und', score };
}
