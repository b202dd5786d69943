import { describe, expect, it } from 'vitest';
import { splitSentences } from './01-sentences.js';

describe('segment: sentences', () => {
  it.each([
    ['Gen. Sergei Rudskoy said it. He added more.', ['Gen. Sergei Rudskoy said it.', 'He added more.']],
    ['Mr. Putin met Mr. Biden. They talked.', ['Mr. Putin met Mr. Biden.', 'They talked.']],
    ['It rose 3.5 percent in the U.S. economy. Next.', ['It rose 3.5 percent in the U.S. economy.', 'Next.']],
    ['"We did not accept it." Ms Vereshchuk said. Then.', ['"We did not accept it."', 'Ms Vereshchuk said.', 'Then.']],
    ['On Jan. 5 troops moved. Later, more.', ['On Jan. 5 troops moved.', 'Later, more.']],
    ['Headline here\n\nFirst para. Second sentence!\nNext para?', ['Headline here', 'First para.', 'Second sentence!', 'Next para?']],
  ])('splits %j', (text, expected) => {
    const sents = splitSentences(text);
    expect(sents.map((s) => s.text)).toEqual(expected);
    for (const s of sents) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers paragraphs by non-empty line', () => {
    const sents = splitSentences('Aa.\n\nBb. Cc.\nDd.');
    expect(sents.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });
});
