/** @module Tests: Knowledge-base lookups, fuzzy matching and descriptor sides. */

import { describe, expect, it } from 'vitest';
import { actorById, allActors, findActor, lookupActor, sideOfDescriptor } from './index.js';
import { damerauLevenshtein } from './fuzzy.js';
import { normaliseName } from './normalise.js';

describe('knowledge base data', () => {
  it('loads several hundred actors with unique ids and known sides', () => {
    const actors = allActors();
    expect(actors.length).toBeGreaterThan(400);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
  });
  it('finds actors by id', () => {
    expect(actorById('org:tass')?.side).toBe('RU');
    expect(actorById('org:ukrinform')?.side).toBe('UA');
    expect(actorById('org:reuters')?.side).toBe('MEDIA');
    expect(actorById('nope')).toBeNull();
  });
});

describe('findActor', () => {
  it.each([
    ['Volodymyr Zelensky', 'person:volodymyr-zelensky', 'alias'],
    ['Mr Zelenskiy', 'person:volodymyr-zelensky', 'alias'],
    ['President Zelensky', 'person:volodymyr-zelensky', 'alias'],
    ['Ukrainian President Volodymyr Zelensky', 'person:volodymyr-zelensky', 'alias'],
    ['Zelenskiy', 'person:volodymyr-zelensky', 'alias'],
    ['Zelenksyy', 'person:volodymyr-zelensky', 'fuzzy'],
    ['Zelinsky', 'person:volodymyr-zelensky', 'fuzzy'],
    ['Volodymyr Zelenksyy', 'person:volodymyr-zelensky', 'fuzzy'],
    ['Mr. Putin', 'person:vladimir-putin', 'alias'],
    ['Sergey Lavrov', 'person:sergei-lavrov', 'alias'],
    ['Recep Tayyip Erdoğan', 'person:recep-tayyip-erdogan', 'alias'],
    ['Ms Vereshchuk', 'person:iryna-vereshchuk', 'alias'],
    ['General Sergei Rudskoy', 'person:sergei-rudskoy', 'alias'],
    ['the Kremlin', 'org:kremlin', 'alias'],
    ["Russia’s Defence Ministry", 'org:ru-defence-ministry', 'alias'],
    ['Wagner Group', 'group:wagner', 'alias'],
    ['International Committee of the Red Cross', 'org:icrc', 'alias'],
    ['Institute for the Study of War', 'org:isw', 'alias'],
  ])('%s → %s (%s)', (name, id, link) => {
    const hit = lookupActor(name);
    expect(hit?.actor.id).toBe(id);
    expect(hit?.link).toBe(link);
  });

  it.each(['officials', 'Thursday', 'March', 'Urkaine', 'President', 'Smith', 'the weather', ''])('%s → nothing', (name) => {
    expect(findActor(name)).toBeNull();
  });
});

describe('sideOfDescriptor', () => {
  it.each([
    ['Ukrainian officials', 'UA'],
    ["Russia's Defence Ministry", 'RU'],
    ['Moscow', 'RU'],
    ['the Kremlin', 'RU'],
    ['Kyiv', 'UA'],
    ['Washington', 'WEST'],
    ['Western intelligence', 'WEST'],
    ['a senior US defence official', 'WEST'],
    ['the British Defence Ministry', 'WEST'],
    ['open-source-intelligence analysts', 'OSINT'],
    ['a Kremlin watcher', 'OSINT'],
    ['experts at ISW', 'OSINT'],
    ['former DIA officer', 'OSINT'],
    ['the UN human rights office', 'INTL'],
    ['Turkey', 'THIRD'],
    ['the Turkish president', 'THIRD'],
    ['Belarusian officials', 'THIRD'],
    ['Polish and Ukrainian border guards', 'WEST'],
    ['officials', 'ANON'],
    ['sources', 'ANON'],
    ['Reuters', 'MEDIA'],
    ['TASS', 'RU'],
    ['Russian state media', 'RU'],
    ['Kremlin spokesman Dmitry Peskov', 'RU'],
    ['the regional governor', 'ANON'],
    ['Chinese foreign ministry spokesman Zhao Lijian', 'THIRD'],
    ['Belarusian leader Alexander Lukashenko', 'THIRD'],
    ['a former Russian diplomat', 'OSINT'],
    ['a UN spokesman', 'INTL'],
    ['Amnesty International', 'OSINT'],
    ['Moscow-installed officials', 'RU'],
    ['Telegram channels', 'ANON'],
  ])('%s → %s', (text, side) => {
    expect(sideOfDescriptor(text)).toBe(side);
  });
  it.each(['the weather', 'us', 'who'])('%s → null', (text) => {
    expect(sideOfDescriptor(text)).toBeNull();
  });
});

describe('helpers', () => {
  it.each([
    ['Mr. Zelenskiy’s', 'mr zelenskiy'],
    ['Erdoğan', 'erdogan'],
  ])('normaliseName(%s) = %s', (a, b) => expect(normaliseName(a)).toBe(b));
  it.each([
    ['zelensky', 'zelensky', 0],
    ['zelenksyy', 'zelenskyy', 1],
    ['zelinsky', 'zelensky', 1],
    ['abc', 'xyz', 3],
  ])('DL(%s, %s) = %d', (a, b, d) => expect(damerauLevenshtein(a, b)).toBe(d));
});
