/** @module Hand-built, realistic Documents with every layer filled, for the store's tests and throughput measurements (no pipeline needed). */

import { emptyDocument, type Claim, type Document, type Side } from '../core/doc.js';
import { prng } from '../core/prng.js';

const PEOPLE: Array<[string, string, Side]> = [
  ['Volodymyr Zelensky', 'person:volodymyr-zelensky', 'UA'],
  ['Vladimir Putin', 'person:vladimir-putin', 'RU'],
  ['Sergei Rudskoy', 'person:sergei-rudskoy', 'RU'],
  ['Oleksiy Reznikov', 'person:oleksiy-reznikov', 'UA'],
  ['Jens Stoltenberg', 'person:jens-stoltenberg', 'WEST'],
];
const PLACES: Array<[string, number, number, string]> = [
  ['Kyiv', 50.45, 30.52, 'UA'],
  ['Mariupol', 47.1, 37.55, 'UA'],
  ['Kharkiv', 49.99, 36.23, 'UA'],
  ['Bakhmut', 48.6, 38.0, 'UA'],
  ['Belgorod', 50.6, 36.59, 'RU'],
];
const VERBS = ['said', 'claimed', 'told reporters', 'announced', 'stated'];
const FILLER = [
  'Fighting continued along the front line through the night as both armies moved fresh units into position.',
  'Residents described long queues for water and bread while the power grid remained down in several districts.',
  'Military analysts cautioned that the situation on the ground could not be independently verified.',
  'The regional administration ordered an evacuation of families with children from the villages nearby.',
  'Satellite images published by a private company showed damage to several warehouses and a rail depot.',
  'Officials from both sides traded accusations over the shelling of a convoy carrying humanitarian aid.',
];


/**
 * Builds a realistic Document (about `paragraphs` × 350 characters) with sentences, entities, places, times, figures and claims,
 * every span consistent with its text.
 * @param id Document id.
 * @param seed Varies the content; equal seeds give equal documents.
 */
export function sampleDocument(id: string, seed = 1, paragraphs = 10): Document {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const title = `${pick(PLACES)[0]} report ${seed}: ${pick(PEOPLE)[0]} speaks on the war`;
  let text = `${title}\n\n`;
  const bodyStart = text.length;
  const doc = emptyDocument(id, '', bodyStart);
  const add = (s: string): [number, number] => {
    const start = text.length;
    text += s;
    return [start, text.length];
  };
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0) add('\n\n');
    const [name, eid, side] = pick(PEOPLE);
    const [place, lat, lon, country] = pick(PLACES);
    const n = 10 + Math.floor(r() * 990);
    const sentStart = text.length;
    const [ns, ne] = add(name);
    const [vs, ve] = add(` ${pick(VERBS)}`);
    add(' on ');
    const [ts, te] = add(`March ${1 + (p % 28)}`);
    add(' that ');
    const contentStart = text.length;
    add('at least ');
    const [fs, fe] = add(`${n} soldiers`);
    add(' were killed near ');
    const [ps, pe] = add(place);
    add(` in seed ${seed} paragraph ${p}`);
    const contentEnd = text.length;
    add('.');
    doc.sentences.push({ start: sentStart, end: text.length, text: '', paragraph: p });
    const fill = ` ${pick(FILLER)}`;
    const fillStart = text.length + 1;
    add(fill);
    doc.sentences.push({ start: fillStart, end: text.length, text: '', paragraph: p });
    doc.entities.push({ start: ns, end: ne, text: name, type: 'PERSON', id: eid, name, side, link: 'alias' });
    doc.places.push({ start: ps, end: pe, text: place, name: place, lat, lon, country, admin1: null });
    doc.entities.push({ start: ps, end: pe, text: place, type: 'PLACE', id: `place:${place.toLowerCase()}`, name: place, link: 'alias' });
    doc.times.push({ start: ts, end: te, text: '', value: `2022-03-${String(1 + (p % 28)).padStart(2, '0')}`, type: 'DATE' });
    doc.figures.push({ start: fs, end: fe, text: '', low: n, high: null, approx: true, unit: 'soldiers', category: 'killed', about: side === 'RU' ? 'UA' : 'RU' });
    const claim: Claim = {
      start: contentStart,
      end: contentEnd,
      text: '',
      source: { start: ns, end: ne, text: name, name, side, entityId: eid },
      cue: { start: vs + 1, end: ve, text: '' },
      quote: 'indirect',
      side,
      hedged: p % 3 === 0,
      denial: p % 5 === 4,
      key: `${eid}|killed|${place.toLowerCase()}`,
      entityIds: [],
      placeNames: [place],
      timeValues: [],
      figureIdx: [doc.figures.length - 1],
    };
    doc.claims.push(claim);
  }
  doc.text = text;
  const fix = (s: { start: number; end: number; text: string }): void => {
    s.text = text.slice(s.start, s.end);
  };
  for (const layer of [doc.sentences, doc.entities, doc.places, doc.times, doc.figures, doc.claims]) layer.forEach(fix);
  for (const c of doc.claims) if (c.cue) fix(c.cue);
  doc.title = title;
  doc.outlet = pick(['Kyiv Independent', 'TASS', 'Reuters', 'BBC']);
  doc.published = `2022-03-${String(1 + (seed % 28)).padStart(2, '0')}`;
  doc.language = 'en';
  doc.url = `https://example.org/${id}`;
  doc.removed = [{ text: 'Sign up for our newsletter', reason: 'newsletter', at: null }];
  doc.meta = { origin: { file: `${id}.txt` } };
  return doc;
}
