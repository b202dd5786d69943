/** @module Links from a claim's content to entities, places, times and figures, and the clustering key. */

import type { Claim, Document } from '../../core/doc.js';

/**
 * Predicate kinds for the key: the first event word found in the content decides. Kept as data here
 * because the key format depends on these exact names.
 */
export const PREDICATE_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:killed|killing|kill|dead|died|deaths?)\b/i, 'killed'],
  [/\b(?:wounded|injured|injuring)\b/i, 'wounded'],
  [/\b(?:captured|seized|seizing|took control|taken|retook|recaptured|liberat\w*|occupied|controls?)\b/i, 'captured'],
  [/\b(?:shelled|shelling|bombard\w*|bombed|struck|strikes?|attack\w*|hit)\b/i, 'attacked'],
  [/\b(?:launched|fired|missiles?|drones?|rockets?)\b/i, 'launched'],
  [/\b(?:retreat\w*|withdr\w*|pull(?:ed|ing)? back|regroup\w*)\b/i, 'withdrew'],
  [/\b(?:advanc\w*|offensive|push\w*|gained)\b/i, 'advanced'],
  [/\b(?:destroyed|downed|shot down|sank|sunk)\b/i, 'destroyed'],
  [/\b(?:talks|negotiat\w*|summit|meeting|cease-?fire|peace)\b/i, 'negotiated'],
  [/\b(?:sanction\w*|ban\w*|embargo)\b/i, 'sanctioned'],
  [/\b(?:aid|weapons|deliver\w*|supply|supplied|send|sent)\b/i, 'supplied'],
  [/\b(?:evacuat\w*|corridors?|fled|refugees|displaced)\b/i, 'evacuated'],
  [/\b(?:losses|casualties)\b/i, 'losses'],
];

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || '-';
}

/**
 * Fills `entityIds`, `placeNames`, `timeValues`, `figureIdx` (items whose spans lie inside the content) and `key`.
 *
 * Key format: `subject|predicate|place|time|figure-category`, each part lower-case, `-` when unknown:
 * - subject: the id tail of the first entity in the content (`person:vladimir-putin` → `vladimir-putin`), else `-`;
 * - predicate: a kind from PREDICATE_KINDS (`killed`, `captured`, `attacked`, …), else `state`;
 * - place: slug of the first place name in the content (`kyiv`, `kharkiv-oblast`);
 * - time: the first time value cut to its month (`2022-03`), non-calendar values (`PRESENT_REF`) as `-`;
 * - figure-category: category of the first figure in the content (`tanks`, `killed`).
 * Example: `ru-mod|captured|kyiv|2022-03|tanks`.
 */
export function linkClaim(doc: Readonly<Document>, claim: Claim): Claim {
  const inside = (x: { start: number; end: number }) => x.start >= claim.start && x.end <= claim.end;
  const ents = doc.entities.filter(inside);
  const places = doc.places.filter(inside);
  const times = doc.times.filter(inside);
  const figureIdx: number[] = [];
  doc.figures.forEach((f, i) => { if (inside(f)) figureIdx.push(i); });
  const subject = ents[0] ? slug(ents[0].id.replace(/^[a-z]+:/, '')) : '-';
  const pred = PREDICATE_KINDS.find(([re]) => re.test(claim.text))?.[1] ?? 'state';
  const place = places[0] ? slug(places[0].name) : '-';
  const tv = times.map((t) => /^\d{4}(?:-\d{2})?/.exec(t.value)?.[0]).find(Boolean) ?? '-';
  const fig = figureIdx.length ? doc.figures[figureIdx[0]!]!.category ?? '-' : '-';
  return {
    ...claim,
    entityIds: [...new Set(ents.map((e) => e.id))],
    placeNames: [...new Set(places.map((p) => p.name))],
    timeValues: [...new Set(times.map((t) => t.value))],
    figureIdx,
    key: [subject, pred, place, tv, fig].join('|'),
  };
}
