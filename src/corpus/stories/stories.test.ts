/** @module Tests of story clustering: paraphrases join, different events and distant dates stay apart, synthetic recovery. */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { StoryClusterer, clusterStories, contentWords, storyInputFromDocument, type StoryInput } from './index.js';
import { syntheticArticles, timeSyntheticClustering } from './synthetic.js';
import { scoreClustering } from '../../eval/stories.js';

const art = (id: string, published: string, title: string, text: string, entityIds: string[] = [], placeNames: string[] = []): StoryInput => ({
  id, published, title, text, entityIds, placeNames,
});

const KRAMATORSK = [
  art('k1', '2022-04-08', 'Missile strike on Kramatorsk railway station kills dozens', 'A Russian missile hit the railway station in Kramatorsk where civilians waited to be evacuated.', ['org:russian-armed-forces'], ['Kramatorsk']),
  art('k2', '2022-04-08', 'Dozens killed as rocket hits crowded Kramatorsk train station', 'Civilians waiting for evacuation trains at the Kramatorsk station were killed by a rocket strike.', [], ['Kramatorsk']),
  art('k3', '2022-04-09', 'Kramatorsk station attack: evacuees killed by missile', 'The strike on the station in Kramatorsk killed evacuees, officials in Donetsk region said.', [], ['Kramatorsk', 'Donetsk Oblast']),
];
const MOSKVA = [
  art('m1', '2022-04-08', 'Black Sea flagship cruiser Moskva damaged by fire', 'The Russian cruiser Moskva, flagship of the Black Sea Fleet, was badly damaged after a fire on board.', ['other:moskva'], ['Black Sea']),
  art('m2', '2022-04-09', 'Cruiser Moskva sinks in Black Sea after fire', 'The flagship of the Black Sea Fleet, the cruiser Moskva, sank while being towed, the ministry said.', ['other:moskva'], ['Black Sea']),
];

describe('story clustering', () => {
  it('joins paraphrased headlines of one event and separates two events on the same day', () => {
    const { clusters, assignment } = clusterStories([KRAMATORSK[0]!, MOSKVA[0]!, KRAMATORSK[1]!, MOSKVA[1]!, KRAMATORSK[2]!]);
    expect(new Set(KRAMATORSK.map((a) => assignment.get(a.id))).size).toBe(1);
    expect(new Set(MOSKVA.map((a) => assignment.get(a.id))).size).toBe(1);
    expect(assignment.get('k1')).not.toBe(assignment.get('m1'));
    expect(clusters).toHaveLength(2);
    expect(clusters[0]!.id).toBe('story:k1');
    expect(clusters[0]!.first).toBe('2022-04-08');
    expect(clusters[0]!.last).toBe('2022-04-09');
  });

  it('keeps the same event words apart when the dates are far beyond the window', () => {
    const late = { ...KRAMATORSK[1]!, id: 'late', published: '2022-06-30' };
    const { assignment } = clusterStories([KRAMATORSK[0]!, late]);
    expect(assignment.get('late')).not.toBe(assignment.get('k1'));
  });

  it('gives stable ids for the same input order (incremental = batch with incremental statistics)', () => {
    const a = new StoryClusterer();
    const b = new StoryClusterer();
    const all = [...KRAMATORSK, ...MOSKVA];
    expect(all.map((x) => a.add(x))).toEqual(all.map((x) => b.add(x)));
  });

  it.each([
    ['Ukraine war: Russia\'s strikes on Kyiv', ['ukraine', 'russia', 'strike', 'kyiv']],
    ['The 1,200 people said to shelter', ['shelter']],
  ])('content words of %j', (text, expected) => {
    expect(contentWords(text)).toEqual(expected);
  });

  it('projects a Document onto a story input', () => {
    const d = emptyDocument('d1', 'Headline\n\nBody text here.', 10);
    d.title = 'Headline';
    d.published = '2022-04-08';
    d.entities = [{ start: 0, end: 8, text: 'Headline', type: 'ORG', id: 'org:x', name: 'X' }];
    d.places = [{ start: 10, end: 14, text: 'Body', name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA', admin1: null }];
    expect(storyInputFromDocument(d)).toEqual({ id: 'd1', published: '2022-04-08', title: 'Headline', text: 'Body text here.', entityIds: ['org:x'], placeNames: ['Kyiv'] });
  });

  it('recovers synthetic events (2,000 perturbed copies) near-perfectly', () => {
    const r = timeSyntheticClustering(2000, 7);
    const s = scoreClustering(r.assignment, r.gold);
    expect(s.bcubed.f1).toBeGreaterThan(0.95);
    expect(syntheticArticles(10, 3).inputs).toEqual(syntheticArticles(10, 3).inputs);
  });
});
