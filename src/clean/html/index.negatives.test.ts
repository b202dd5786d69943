/** @module Inputs that must yield no body text, and article text that must not be taken for boilerplate. */

import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';
import { defaultBoilerplateMatcher, defaultTextCueMatcher } from './selectors.js';

describe('inputs that must yield no body text', () => {
  it.each([
    ['empty string', ''],
    ['whitespace', '   \n '],
    ['only scripts and styles', '<html><head><script>var a = "hello world";</script><style>p{}</style></head><body><script>document.write("x")</script></body></html>'],
    ['only navigation', '<html><body><nav><a href="/">Home</a><a href="/w">World news and analysis</a></nav><footer>© 2024 Site</footer></body></html>'],
    ['only a comment', '<html><body><!-- a long comment with words that are not article text at all --></body></html>'],
    ['binary-looking junk', '\u0000\u0001\u0002'],
  ])('%s', (_name, html) => {
    const out = extractHtml(html);
    expect(out.body).toBe('');
    expect(out.attempts.length).toBeGreaterThan(0);
  });
});

describe('article text that must not be taken for boilerplate', () => {
  it.each([
    'Ukraine said it would share intelligence with its allies about the strike on the bridge.',
    'Officials said the newsletter of the ministry had been hacked in March, exposing staff emails.',
    'The related investigation found that the munitions had been supplied in 2023.',
  ])('cue matcher leaves "%s" alone', (text) => {
    expect(defaultTextCueMatcher().match(text)).toBeNull();
  });

  it.each(['article', 'story-body', 'content-main', 'entry', 'article__body'])('class matcher leaves %s alone', (cls) => {
    expect(defaultBoilerplateMatcher().match(cls)).toBeNull();
  });
});
