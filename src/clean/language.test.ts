/** @module Tests of language detection over the restricted set. */

import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Russian troops still hold ground to the north and south of the capital although a small number of units have pulled back, said the British Defence Ministry.'],
    ['ru', 'Российские войска продолжают удерживать позиции к востоку и западу от Киева, несмотря на отвод ограниченного числа подразделений, заявили в министерстве обороны.'],
    ['uk', 'Російські війська продовжують утримувати позиції на схід і захід від Києва, незважаючи на відведення обмеженої кількості підрозділів, заявили у міністерстві оборони.'],
    ['de', 'Russische Truppen halten weiterhin Stellungen östlich und westlich von Kiew, obwohl eine begrenzte Zahl von Einheiten abgezogen wurde, teilte das britische Verteidigungsministerium mit.'],
    ['fr', 'Les forces russes continuent de tenir des positions à l’est et à l’ouest de Kiev malgré le retrait d’un nombre limité d’unités, a indiqué le ministère britannique de la Défense.'],
  ])('%s', (lang, text) => {
    const r = detectLanguage(text);
    expect(r.language).toBe(lang);
    expect(r.score).toBeGreaterThanOrEqual(0);
  });

  it.each(['', 'Kyiv', 'Short line.'])('very short text is und: %j', (text) => {
    expect(detectLanguage(text)).toEqual({ language: 'und', score: 0 });
  });
});
