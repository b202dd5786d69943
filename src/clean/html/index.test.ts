/** @module Behaviour of the HTML extraction cascade on synthetic pages: kept/removed blocks, metadata, robustness. */

import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const P1 = 'Russian forces shelled the city of Kharkiv overnight, regional governor Oleh Synehubov said on Telegram, adding that two people were wounded.';
const P2 = 'The strikes hit residential buildings in the north of the city, according to the governor, who said emergency crews were still at work on Friday morning.';
const P3 = 'Ukraine’s air force said it had shot down 14 of the 17 drones launched overnight, a figure that could not be independently verified.';
const QUOTE = '“We are working to restore power to every district as quickly as we can,” the mayor said in a video address.';
const LEDE = 'Two people were wounded in overnight shelling, officials said.';

function page(extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Kharkiv shelled overnight | Example News</title>
<meta property="og:site_name" content="Example News"><script>var secret = "SCRIPT_TEXT";</script><style>.x{color:red}</style></head>
<body onload="alert('HANDLER_TEXT')">
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav class="main-nav"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
<article>
  <h1>Kharkiv shelled overnight</h1>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <p class="lede">${LEDE}</p>
  <p>${P1}</p>
  <figure><img src="a.jpg" onerror="alert('ONERROR_TEXT')"><figcaption>A damaged building in Kharkiv. Photo: Reuters</figcaption></figure>
  <p>${P2}</p>
  <h2>Drones downed</h2>
  <p>${P3}</p>
  <blockquote><p>${QUOTE}</p></blockquote>
  <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the latest war news in your inbox.</p></div>
  ${extra}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/r1">Kyiv hit by missiles in overnight attack</a></li><li><a href="/r2">Odesa port damaged</a></li></ul></aside>
<section id="comments"><p>Leave a comment below and join the discussion with other readers.</p></section>
<footer><p>© 2024 Example News. All rights reserved.</p></footer>
</body></html>`;
}

describe('extractHtml on a synthetic article page', () => {
  const out = extractHtml(page(), { url: 'https://example.com/2024/03/15/kharkiv-shelled' });
  const paras = out.body.split('\n\n');

  it('keeps lede, paragraphs, subheading and blockquote in order, each its own paragraph', () => {
    expect(paras).toEqual([LEDE, P1, P2, 'Drones downed', P3, QUOTE]);
  });

  it('drops the headline from the body and returns it as title (site suffix stripped)', () => {
    expect(out.title).toBe('Kharkiv shelled overnight');
    expect(out.body).not.toContain('Kharkiv shelled overnight');
  });

  it.each([
    ['navigation', 'Politics'],
    ['share-bar', 'Share on Facebook'],
    ['caption', 'A damaged building in Kharkiv'],
    ['newsletter', 'Sign up for our daily newsletter'],
    ['related-list', 'Kyiv hit by missiles'],
    ['comment-prompt', 'Leave a comment below'],
    ['footer', '© 2024 Example News'],
  ])('records removal %s', (reason, text) => {
    const hit = out.removed.find((r) => r.text.includes(text));
    expect(hit, `removal of "${text}"`).toBeDefined();
    expect(hit!.reason).toBe(reason);
    expect(out.body).not.toContain(text);
  });

  it('keeps removal texts short and HTML offsets null', () => {
    for (const r of out.removed) {
      expect(r.text.length).toBeLessThanOrEqual(200);
      expect(r.at).toBeNull();
    }
  });

  it('never outputs script, style or event-handler content, nor markup', () => {
    for (const bad of ['SCRIPT_TEXT', 'HANDLER_TEXT', 'ONERROR_TEXT', 'color:red', '<', '>']) expect(out.body).not.toContain(bad);
  });

  it('records the cascade: fast accepted without Readability', () => {
    expect(out.chosen).toBe('fast');
    expect(out.attempts[0]!.method).toBe('fast');
    expect(out.attempts[0]!.textLength).toBe(out.body.length);
    expect(out.attempts.some((a) => a.method.startsWith('readability'))).toBe(false);
  });

  it('reads metadata', () => {
    expect(out.metadata).toMatchObject({ siteName: 'Example News', lang: 'en', published: '2024-03-15', publishedSource: 'url-path' });
  });
});

describe('extractHtml robustness', () => {
  it('flattens 10,000-level nesting without parsing, recording why', () => {
    const n = 10_000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>${P1}</p>${'</div>'.repeat(n)}</body></html>`;
    const out = extractHtml(html);
    expect(out.body).toBe(P1);
    expect(out.chosen).toBe('strip-tags');
    expect(out.attempts[0]).toMatchObject({ method: 'guard' });
    expect(out.attempts[0]!.reason).toMatch(/nesting/);
  });

  it('handles moderately deep nesting through the DOM without Readability recursion trouble', () => {
    const n = 1_000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>${P1}</p><p>${P2}</p>${'</div>'.repeat(n)}</body></html>`;
    const out = extractHtml(html);
    expect(out.body).toContain(P1);
    expect(out.body).toContain(P2);
  });

  it('flattens a huge page (over the parse limit) quickly', () => {
    const para = `<p>${P1}</p>`;
    const html = `<html><body>${para.repeat(Math.ceil(9_000_000 / para.length))}</body></html>`;
    const t0 = Date.now();
    const out = extractHtml(html);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(out.chosen).toBe('strip-tags');
    expect(out.attempts[0]!.reason).toMatch(/too big/);
    expect(out.body.startsWith(P1)).toBe(true);
  });

  it('parses a page made big only by an inline script (scripts go before the size check)', () => {
    const html = `<html><body><script>var blob = "${'x'.repeat(9_000_000)}";</script><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const out = extractHtml(html);
    expect(out.chosen).toBe('fast');
    expect(out.body).toBe([P1, P2, P3].join('\n\n'));
  });

  it.each([
    ['truncated mid-tag', `<html><body><article><p>${P1}</p><p>${P2}</p><p>${P3.slice(0, 60)}<a hre`],
    ['unclosed paragraphs', `<html><body><div class="story"><p>${P1}<p>${P2}<p>${P3}</div>`],
    ['no html/body wrapper', `<p>${P1}</p><p>${P2}</p>`],
    ['unclosed script swallowing the end', `<html><body><p>${P1}</p><p>${P2}</p><script>var x = "<p>SCRIPT_TEXT</p>`],
  ])('still produces text from malformed HTML: %s', (_name, html) => {
    const out = extractHtml(html);
    expect(out.body).toContain(P1);
    expect(out.body).not.toContain('SCRIPT_TEXT');
    expect(out.body).not.toMatch(/[<>]/);
  });

  it('drops control characters', () => {
    expect(extractHtml(`<p>a\u0000b${P1}</p>`).body).toBe(`ab${P1}`);
  });

  it('decodes entities and keeps plain text only', () => {
    const out = extractHtml(`<html><body><article><p>Prices rose 5% &amp; fuel &lt;was&gt; scarce, officials said on Monday in the capital city of the region.</p><p>${P1}</p><p>${P2}</p></article></body></html>`);
    expect(out.body).toContain('Prices rose 5% & fuel <was> scarce');
  });
});

describe('extractHtml container choice', () => {
  it('removes a run of short sibling <article> teasers inside the story as a related list', () => {
    const teaser = (n: number) => `<article class="teaser"><h3>Story ${n}</h3><p>Teaser text number ${n} about another event that happened somewhere else entirely.</p></article>`;
    const html = `<html><body><article class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p><h4>You may like</h4>${teaser(1)}${teaser(2)}${teaser(3)}</article></body></html>`;
    const out = extractHtml(html);
    expect(out.body).not.toContain('Teaser text');
    expect(out.removed.filter((r) => r.reason === 'related-list' && r.text.includes('Teaser text'))).toHaveLength(3);
    expect(out.body).toContain(P3);
  });

  it('joins an article split into same-class chunks around an ad slot', () => {
    const html = `<html><body><div class="story"><div class="chunk body"><p>${LEDE} ${P1}</p></div><div class="ad-slot">Advertisement</div><div class="chunk body"><p>${P2}</p><p>${P3}</p></div></div><div class="teasers"><p>${'Other story summary text. '.repeat(3)}</p></div></body></html>`;
    const out = extractHtml(html);
    expect(out.body.split('\n\n')).toEqual([`${LEDE} ${P1}`, P2, P3]);
  });

  it('records Readability and baseline attempts when the fast extractor under-delivers, and skips Readability in fast mode', () => {
    const html = `<html><body><div><p>${P1}</p></div></body></html>`;
    const full = extractHtml(html);
    expect(full.attempts.map((a) => a.method)).toEqual(['fast', expect.stringMatching(/^readability/), 'baseline']);
    expect(full.attempts[0]!.reason).toMatch(/under-delivered/);
    expect(full.body).toBe(P1);
    const fast = extractHtml(html, { fast: true });
    expect(fast.attempts[1]).toMatchObject({ method: 'readability', reason: 'skipped: fast mode' });
    expect(fast.body).toBe(P1);
  });
});
