/** @module Unit tests of the plain-text boilerplate rules: one table per rule kind, list blocks, headline finding. */

import { describe, expect, it } from 'vitest';
import { classifyLine, cleanPlainText, isProse, isTitleCase } from './index.js';

describe('classifyLine: one line per rule kind', () => {
  it.each([
    ['Like what you’re reading? Please Support Us!', 'support-appeal'],
    ['Please support independent journalism', 'support-appeal'],
    ['Sign up to our free daily newsletter for the latest updates', 'newsletter'],
    ['Get the latest news from the front delivered to your inbox', 'newsletter'],
    ['We use your sign-up to provide content in ways you’ve consented to. You can unsubscribe at any time.', 'consent'],
    ['Leave a Reply', 'comment-prompt'],
    ['Notify of', 'comment-prompt'],
    ['Be the first to comment', 'comment-prompt'],
    ['12 Comments', 'comment-prompt'],
    ['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'comment-prompt'],
    ['Share this article', 'share-bar'],
    ['Facebook Twitter Email', 'share-bar'],
    ['© 2022, GDC. Unauthorized use and/or duplication of this material is strictly prohibited.', 'copyright'],
    ['Copyright 2023 Example Media Group. All rights reserved.', 'copyright'],
    ['Source: Read Full Article', 'syndication'],
    ['The following article, Some Title Here, was first published on Example Outlet.', 'syndication'],
    ['This article originally appeared on The Example Post.', 'syndication'],
    ['You were reading: Some Headline Here', 'read-more'],
    ['Continue reading: Some Headline Here ...', 'read-more'],
    ['Read more: Kremlin says talks stalled', 'read-more'],
    ['Published on', 'published-label'],
    ['Updated: 25 March 2022, 10:15', 'published-label'],
    ['Updated at 23.36 BST', 'published-label'],
    ['Published 2 hours ago', 'published-label'],
    ['Published on Fri 25 Mar 2022 10.15 GMT', 'published-label'],
    ['Image Credit: Getty', 'photo-credit'],
    ['Photo: Reuters', 'photo-credit'],
    ['Sailors attend a memorial service in Sevastopol, Crimea March 23, 2022. REUTERS/Alexey Pavlishak', 'caption'],
    ['A destroyed tank near Bucha. AFP via Getty Images', 'caption'],
    ['Residents walk past a damaged building in Kharkiv. (AP Photo/Felipe Dana)', 'caption'],
    ['Thousands of Russian soldiers ‘trapped’ in city [REVEAL]', 'related-list'],
    ['Skip to content', 'navigation'],
    ['Follow us on Telegram for the latest updates', 'share-bar'],
    ['Reporting by Pavel Polityuk; Editing by Alex Richardson', 'credits'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'copyright'],
    ['WATCH: Drone footage shows destroyed bridge', 'video-link'],
    ['Advertisement', 'navigation'],
    ['Home > World > Europe', 'breadcrumb'],
  ])('%s → %s', (line, reason) => {
    expect(classifyLine(line)?.reason).toBe(reason);
  });

  it.each(['RELATED ARTICLES', 'Latest articles', 'More like this', 'DON’T MISS', "Don't miss", 'Read more', 'Most popular', 'You may also like'])(
    'list heading: %s',
    (line) => {
      expect(classifyLine(line)).toMatchObject({ reason: 'related-list', listHeading: true });
    },
  );
});

describe('line predicates', () => {
  it.each([
    ['It should surprise nobody that the truth may at last be sinking in for the Kremlin.', true],
    ['A GRIM TALLY: Complete list of Russian officers lost in the fighting so far', false],
    ['Researchers built a huge spinning vortex inside ultra-cold liquid helium that is cooled to the...', false],
    ['Thousands of Russian soldiers ‘trapped’ in city [REVEAL]', false],
    ['Something Fascinating Happened When A Giant Quantum Vortex Was Created In Superfluid Helium.', false],
  ])('isProse(%s) = %s', (line, expected) => {
    expect(isProse(line)).toBe(expected);
  });

  it.each([
    ['As Moscow’s Forces Regroup Kyiv Braces For Fresh Missile Attacks', true],
    ['Kremlin faces revolt from senior generals over invasion aims', false],
  ])('isTitleCase(%s) = %s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
  });
});

describe('cleanPlainText', () => {
  it('removes a list heading and the headline-like lines under it, stopping at prose', () => {
    const content = [
      'Headline of the story',
      'The first paragraph of the story is long enough and ends like a sentence does.',
      'Related stories',
      'Kremlin denies the report',
      'What the new sanctions mean...',
      'The second paragraph continues the story, with more detail than any teaser line has.',
      'Is the front line moving?',
      'The third paragraph answers the question in a full sentence of its own.',
    ].join('\n');
    const r = cleanPlainText(content, { headlineFirstLine: true });
    expect(r.headline?.text).toBe('Headline of the story');
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([
      ['Related stories', 'related-list'],
      ['Kremlin denies the report', 'related-list'],
      ['What the new sanctions mean...', 'related-list'],
    ]);
    expect(r.body).toContain('Is the front line moving?');
  });

  it('keeps lines verbatim and collapses the blank lines a removal leaves', () => {
    const content = 'Title\n\nFirst line of the body, kept as it is.  \n\n\nLeave a Reply\n\n\nLast line of the body.';
    const r = cleanPlainText(content, { headlineFirstLine: true });
    expect(r.body).toBe('First line of the body, kept as it is.  \n\nLast line of the body.');
    expect(r.removed).toEqual([{ text: 'Leave a Reply', reason: 'comment-prompt', at: content.indexOf('Leave') }]);
  });

  it('skips an appeal above the headline and takes the title out of a glued "Home" breadcrumb', () => {
    const a = cleanPlainText('Please Support Us!\nThe Real Title\nBody sentence that is long enough to count as prose here.', { headlineFirstLine: true });
    expect(a.headline?.text).toBe('The Real Title');
    const b = cleanPlainText('HomeThe Real Title\nBody sentence that is long enough to count as prose here.', { headlineFirstLine: true });
    expect(b.headline?.text).toBe('The Real Title');
    expect(b.removed[0]).toMatchObject({ text: 'Home', reason: 'breadcrumb', at: 0 });
    const c = cleanPlainText('HomeThe Real Title\n\nThe Real Title\n\nBody sentence that is long enough to count as prose here.', { headlineFirstLine: true });
    expect(c.headline).toMatchObject({ text: 'The Real Title', start: 20 });
    expect(c.removed).toEqual([{ text: 'HomeThe Real Title', reason: 'breadcrumb', at: 0 }]);
  });

  it('removes a stray headline under the headline only when boilerplate follows it', () => {
    const stray = cleanPlainText('Title\n\nVideo headline about something else\n\nWe use your sign-up to provide content in ways you have consented to.\n\nThe lede is a full sentence about the story.', { headlineFirstLine: true });
    expect(stray.removed.map((x) => x.reason)).toEqual(['related-headline', 'consent']);
    const afterTitle = cleanPlainText('Title\nTitle\nVideo headline about something else\nAdvertisement\nThe lede is a full sentence about the story.', { headlineFirstLine: true });
    expect(afterTitle.removed.map((x) => x.reason)).toEqual(['duplicate-title', 'related-headline', 'navigation']);
    const sub = cleanPlainText('Title\n\nA subheading of the story\n\nThe lede is a full sentence about the story, long enough to read as prose.', { headlineFirstLine: true });
    expect(sub.removed).toEqual([]);
  });

  it('records bylines as authors and removes a body line repeating the given title', () => {
    const r = cleanPlainText('Given Title\nBy Jane Doe, Reuters\nThe lede sentence is here and it is long enough.', { headlineFirstLine: false, title: 'Given Title' });
    expect(r.authors).toEqual(['Jane Doe']);
    expect(r.removed.map((x) => x.reason)).toEqual(['duplicate-title', 'byline']);
    expect(r.body).toBe('The lede sentence is here and it is long enough.');
  });
});
