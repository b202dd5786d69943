/** @module Tests: the outlet's home read from its host name, and its weight as context in place resolution. */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { splitSentences } from '../segment/index.js';
import { getGazetteer } from './gazetteer.js';
import { findPlaces, placesStage, resolveSpans } from './index.js';
import { hostOf, outletPrior, segmentToken, splitHost } from './outlet.js';

/** Given spans for the first occurrence of each name. */
const spansOf = (text: string, names: readonly string[]) =>
  names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`test text lacks ${n}`);
    return { start, end: start + n.length, text: n };
  });

/** Region (or country, for places without one) of each resolved name. */
const regions = (text: string, names: readonly string[], url: string | null) => resolveSpans(text, spansOf(text, names), url).map((p) => p?.admin1 ?? p?.country ?? null);

describe('host names', () => {
  it('takes the host of a URL or a bare domain', () => {
    expect(hostOf('https://www.Example-Bugle.co.uk:8080/a/b?c=1')).toBe('www.example-bugle.co.uk');
    expect(hostOf('quillgazette.com')).toBe('quillgazette.com');
    expect(hostOf('The Quill Gazette')).toBeNull();
    expect(hostOf('')).toBeNull();
  });

  it('drops www, the top-level domain and the second level of a country domain', () => {
    expect(splitHost('www.eveningbugle.co.uk')).toEqual({ labels: ['eveningbugle'], cctld: 'uk' });
    expect(splitHost('weekly.quill.org.eg')).toEqual({ labels: ['weekly', 'quill'], cctld: 'eg' });
    expect(splitHost('quill.com')).toEqual({ labels: ['quill'], cctld: null });
    expect(splitHost('quill.tv')).toEqual({ labels: ['quill'], cctld: null });
  });

  it('segments a label into generic words and names, covering every letter, longest names first', () => {
    const names = new Set(['kansas', 'kansascity', 'oakvale', 'oak']);
    const isName = (s: string) => names.has(s);
    expect(segmentToken('kansascitybugle', isName)).toEqual(['kansascity']);
    expect(segmentToken('theoakvaleherald', isName)).toEqual(['oakvale']);
    expect(segmentToken('dailynewsonline', isName)).toEqual([]);
    // `xq` is neither a word nor a name: nothing is read from the label.
    expect(segmentToken('xqoakvaleherald', isName)).toBeNull();
  });
});

describe('outletPrior', () => {
  const gaz = getGazetteer();
  const keys = (url: string) => outletPrior(url, gaz)?.places.map((p) => p.key) ?? [];

  it('reads town names and multi-word names from the title', () => {
    expect(keys('https://www.springfieldbugle.com/story/1')).toEqual(['springfield']);
    expect(keys('http://kansascitybugle.com/')).toEqual(['kansas city']);
    expect(keys('http://news.columbus-evening.com/')).toEqual(['columbus']);
  });

  it('reads a leading state abbreviation only before generic words', () => {
    expect(keys('https://txbugle.com/a')).toEqual(['texas']);
    expect(keys('https://www.massbugle.com/')).toEqual(['massachusetts']);
    expect(keys('https://txquillbugle.com/a')).toEqual([]);
  });

  it('reads nothing from titles without a place, and no country from .com', () => {
    expect(outletPrior('https://www.eveningdailynews.com/x', gaz)).toMatchObject({ places: [], country: null });
    expect(outletPrior(null, gaz)).toBeNull();
  });

  it('takes the country of a country domain and narrows the places to it', () => {
    const p = outletPrior('https://www.richmondbugle.co.uk/', gaz)!;
    expect(p.country).toBe('GB');
    expect(p.places[0]!.entries.every((e) => e.country === 'GB')).toBe(true);
  });
});

describe('resolution with the outlet as weak context', () => {
  it('picks the town near the outlet home (Dublin from a Columbus outlet: Ohio)', () => {
    const text = 'Police in Dublin said the road was closed after the crash.';
    expect(regions(text, ['Dublin'], null)).toEqual(['IE']);
    expect(regions(text, ['Dublin'], 'http://www.columbusevening.com/story/1')).toEqual(['Ohio']);
  });

  it('picks the namesake in the state of a postal-code outlet (Paris from a TX outlet)', () => {
    const text = 'Flooding closed two roads in Paris on Monday.';
    expect(regions(text, ['Paris'], null)).toEqual(['FR']);
    expect(regions(text, ['Paris'], 'https://txbugle.com/a')).toEqual(['Texas']);
  });

  it('resolves the outlet name with the text: a neighbour of the right Richmond wins', () => {
    const text = 'The council in Berea voted to widen the road.';
    expect(regions(text, ['Berea'], 'https://richmondbugle.com/x')).toEqual(['Kentucky']);
    expect(regions(text, ['Berea'], null)).not.toEqual(['Kentucky']);
  });

  it('reads the town named like the outlet as its home (Palestine from a Palestine outlet)', () => {
    const text = 'Farmers near Palestine met on Monday.';
    expect(regions(text, ['Palestine'], null)).toEqual(['PS']);
    expect(regions(text, ['Palestine'], 'https://www.palestinebugle.com/')).toEqual(['Texas']);
  });

  it('uses the country of a country domain as a weak prior (Worcester from .co.uk, Richmond from .ca)', () => {
    const worcester = 'A new library opened in Worcester last week.';
    expect(regions(worcester, ['Worcester'], null)).toEqual(['Massachusetts']);
    expect(regions(worcester, ['Worcester'], 'https://www.eveningbugle.co.uk/news/1')).toEqual(['England']);
    const richmond = 'A new library opened in Richmond last week.';
    expect(regions(richmond, ['Richmond'], null)).toEqual(['Virginia']);
    expect(regions(richmond, ['Richmond'], 'https://www.eveningbugle.ca/')).toEqual(['British Columbia']);
    // ...too weak to move a capital: officials in Washington are in D.C., also for a British paper.
    const washington = 'Officials in Washington said the aid package would be approved.';
    expect(regions(washington, ['Washington'], 'https://www.eveningbugle.co.uk/news/1')).toEqual(['District of Columbia']);
  });

  it('picks the namesake in the state of an abbreviated outlet (Springfield from a Mass. outlet)', () => {
    const text = 'Police said the Springfield man was arrested.';
    expect(regions(text, ['Springfield'], null)).not.toEqual(['Massachusetts']);
    expect(regions(text, ['Springfield'], 'https://www.massbugle.com/')).toEqual(['Massachusetts']);
  });

  it('places an unknown local name at the outlet home when the story has no place of its own', () => {
    const text = 'Residents of Zorbleton Hollow met on Monday.';
    expect(resolveSpans(text, spansOf(text, ['Zorbleton Hollow']))).toEqual([null]);
    const [p] = resolveSpans(text, spansOf(text, ['Zorbleton Hollow']), 'https://www.palestinebugle.com/');
    expect([p?.name, p?.admin1]).toEqual(['Palestine', 'Texas']);
  });

  it('never overrides strong text evidence', () => {
    const qualified = 'The mayor of Paris, France, visited the Louvre.';
    expect(regions(qualified, ['Paris', 'France'], 'https://txbugle.com/a')).toEqual(['FR', 'FR']);
    const french = 'French police in Paris arrested two men near the Eiffel Tower, officials in France said.';
    expect(regions(french, ['Paris', 'France'], 'https://www.parisbugle.com/')).toEqual(['FR', 'FR']);
  });

  it('changes nothing for an outlet without a place or country', () => {
    const text = 'Police in Dublin and Springfield said the roads were closed.';
    const names = ['Dublin', 'Springfield'];
    expect(resolveSpans(text, spansOf(text, names), 'https://www.eveningdailynews.com/x')).toEqual(resolveSpans(text, spansOf(text, names)));
  });

  it('is used by findPlaces and by the stage through the document URL', () => {
    const text = 'Police in Dublin said the road was closed after the crash.';
    expect(findPlaces(text, splitSentences(text), [], 'http://www.columbusevening.com/').map((p) => p.admin1)).toEqual(['Ohio']);
    const doc = { ...emptyDocument('t', text), sentences: splitSentences(text), url: 'http://www.columbusevening.com/story/1' };
    expect(placesStage.run(doc, {}).places?.map((p) => p.admin1)).toEqual(['Ohio']);
  });
});
