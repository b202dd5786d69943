/** @module Tests: Entity recognition, linking and coreference on news-like sentences, the seeds and the war corpus. */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { hasShared, sharedPath } from '../../core/paths.js';
import { splitSentences } from '../segment/index.js';
import { entitiesStage, recogniseEntities } from './index.js';

function ents(text: string, options = {}) {
  return recogniseEntities(text, splitSentences(text), options);
}
function find(text: string, surface: string) {
  return ents(text).find((e) => e.text === surface);
}

describe('entities: recognition and linking', () => {
  it.each([
    // [sentence, surface, type, id]
    ['The talks were hosted by Turkish President Recep Tayyip Erdogan in Istanbul.', 'Recep Tayyip Erdogan', 'PERSON', 'person:recep-tayyip-erdogan'],
    ['The talks were hosted by Turkish President Recep Tayyip Erdogan in Istanbul.', 'Istanbul', 'PLACE', 'place:istanbul'],
    ['Mr Zelenskiy spoke to lawmakers in Ottawa by video link.', 'Zelenskiy', 'PERSON', 'person:volodymyr-zelensky'],
    ['A spokesman for President Zelenksyy said the convoy had stalled.', 'Zelenksyy', 'PERSON', 'person:volodymyr-zelensky'],
    ["Russia's Defence Ministry said its aircraft struck fuel depots.", 'Defence Ministry', 'ORG', 'org:ru-defence-ministry'],
    ["Russia's Defence Ministry said its aircraft struck fuel depots.", 'Russia', 'PLACE', 'place:russia'],
    ["Analysts at the Institute for the Study of War said the push had stalled.", 'Institute for the Study of War', 'ORG', 'org:isw'],
    ['The British Defence Ministry published a new intelligence map on Sunday.', 'British Defence Ministry', 'ORG', 'org:uk-mod'],
    ['Fighters from the Wagner Group were seen near the town of Soledar.', 'Wagner Group', 'GROUP', 'group:wagner'],
    ['Fighters from the Wagner Group were seen near the town of Soledar.', 'Soledar', 'PLACE', 'place:soledar'],
    ['Soldiers of the 93rd Mechanised Brigade held the line east of the city.', '93rd Mechanised Brigade', 'GROUP', undefined],
    ['Inspectors from the International Atomic Energy Agency arrived at the plant.', 'International Atomic Energy Agency', 'ORG', 'org:iaea'],
    ['The figure was reported by TASS and later confirmed by Interfax.', 'TASS', 'ORG', 'org:tass'],
    ['The figure was reported by TASS and later confirmed by Interfax.', 'Interfax', 'ORG', 'org:interfax'],
    ['Local governor Oleh Syniehubov said two people were wounded in Kharkiv.', 'Oleh Syniehubov', 'PERSON', 'person:oleh-syniehubov'],
    ['The deputy mayor, Hanna Kovalenko, told reporters the water supply was cut.', 'Hanna Kovalenko', 'PERSON', 'unk:person:hanna-kovalenko'],
    ['Residents of Hostomel returned to find their houses burned.', 'Hostomel', 'PLACE', 'place:hostomel'],
    ['The Kharkiv Regional Military Administration said schools would stay closed.', 'Kharkiv Regional Military Administration', 'ORG', undefined],
    ['Shelling hit the Zaporizhzhia nuclear power plant again overnight.', 'Zaporizhzhia nuclear power plant', 'OTHER', 'org:zaporizhzhia-npp'],
    ['Russian-backed forces fired on the village at dawn.', 'Russian-backed', 'OTHER', 'nationality:russia'],
    ['Ukrainian officials said the bridge had been destroyed.', 'Ukrainian', 'OTHER', 'nationality:ukraine'],
    ['He spoke at the Centre for Strategic and International Studies and the Ministry of Foreign Affairs of Ukraine.', 'Centre for Strategic and International Studies', 'ORG', 'org:csis'],
    ['He spoke at the Centre for Strategic and International Studies and the Ministry of Foreign Affairs of Ukraine.', 'Ministry of Foreign Affairs of Ukraine', 'ORG', 'org:ua-foreign-ministry'],
    ['Secretary of State Antony J. Blinken met his counterpart on Monday.', 'Antony J. Blinken', 'PERSON', 'person:antony-blinken'],
    ['Residents of Velyka Dymerka fled towards the capital.', 'Velyka Dymerka', 'PLACE', undefined],
    ['Drones struck a depot in Kharkiv Oblast overnight.', 'Kharkiv Oblast', 'PLACE', undefined],
    ['The Moscow Exchange suspended trading in the rouble.', 'Moscow Exchange', 'ORG', undefined],
    ['The claim was repeated by Nato and the Kyiv Post.', 'Nato', 'ORG', 'org:nato'],
  ])('%s → %s', (text, surface, type, id) => {
    const e = find(text, surface);
    expect(e, `no mention "${surface}" in ${JSON.stringify(ents(text).map((x) => x.text))}`).toBeDefined();
    expect(e!.type).toBe(type);
    if (id) expect(e!.id).toBe(id);
  });

  it('gives unknown names stable ids', () => {
    const a = find('Kremlin critic Arkady Belinsky-Orlovsky was detained in Moscow.', 'Arkady Belinsky-Orlovsky');
    expect(a?.id).toBe('unk:person:arkady-belinsky-orlovsky');
    expect(a?.link).toBe('new');
  });

  it('keeps spans exact and trimmed, never starting with an article or ending with a possessive', () => {
    const text = "The Kremlin's spokesman, Dmitry Peskov, said Ukraine's General Staff and the UN's human rights office had it wrong.";
    for (const e of ents(text)) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).not.toMatch(/^(?:the|a|an)\s/i);
      expect(e.text).not.toMatch(/['’]s$/);
      expect(e.text).toBe(e.text.trim());
    }
    expect(find(text, 'Kremlin')?.id).toBe('org:kremlin');
    expect(find(text, 'General Staff')?.id).toBe('org:ua-general-staff');
  });

  it('handles all-caps headlines', () => {
    const text = 'PUTIN WARNS NATO OVER NEW MISSILES\n\nThe Russian leader spoke on Friday.';
    const found = ents(text).map((e) => e.text);
    expect(found).toContain('PUTIN');
    expect(found).toContain('NATO');
    expect(found).not.toContain('WARNS');
    expect(found).not.toContain('MISSILES');
  });
});

describe('entities: coreference within a document', () => {
  it('joins surnames and honorific forms to the full name', () => {
    const text = 'Mariupol deputy mayor Sergei Orlov said the city was encircled. Orlov added that food was running out. "We need a corridor," Mr Orlov said.';
    const people = ents(text).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.text)).toEqual(['Sergei Orlov', 'Orlov', 'Orlov']);
    expect(new Set(people.map((e) => e.id))).toEqual(new Set(['person:sergei-orlov']));
    expect(people[1]!.link).toBe('coref');
  });
  it('joins later short mentions of unknown people', () => {
    const text = 'Retired colonel Andriy Marchuk-Verbytsky said the front was holding. Marchuk-Verbytsky added that supplies were short.';
    const people = ents(text).filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(2);
    expect(people[1]!.id).toBe(people[0]!.id);
    expect(people[1]!.link).toBe('coref');
  });
  it('joins "the Russian leader" to the last Russian leader named', () => {
    const text = 'Vladimir Putin met his security council on Monday. The Russian leader ordered new drills.';
    const e = find(text, 'Russian leader');
    expect(e?.id).toBe('person:vladimir-putin');
    expect(e?.link).toBe('coref');
  });
  it('does not invent an antecedent for a role with none', () => {
    const text = 'The Russian leader ordered new drills.';
    expect(find(text, 'Russian leader')).toBeUndefined();
  });
});

describe('entities stage', () => {
  it('declares its contract and returns only the entities layer', () => {
    expect(entitiesStage.requires).toEqual(['sentences']);
    expect(entitiesStage.assigns).toEqual(['entities']);
    const text = 'Jens Stoltenberg spoke in Brussels.';
    const doc = { ...emptyDocument('t', text), sentences: splitSentences(text) };
    const out = entitiesStage.run(doc, {});
    expect(Object.keys(out)).toEqual(['entities']);
    expect(out.entities!.map((e) => e.id)).toEqual(['person:jens-stoltenberg', 'place:brussels']);
  });
  it('can leave demonyms out', () => {
    expect(ents('Russian troops advanced.', { demonyms: false })).toEqual([]);
  });
});

describe.skipIf(!hasShared())('entities on the seed articles', () => {
  const dir = sharedPath('seeds');
  // The describe body runs even when skipped: read the seeds only when they are there.
  const all = (hasShared() ? readdirSync(dir) : []).map((f) => {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    return ents(text);
  });
  const ids = new Set(all.flat().map((e) => e.id));
  it.each([
    'person:sergei-rudskoy',
    'person:volodymyr-zelensky',
    'person:vladimir-putin',
    'person:dmitry-peskov',
    'person:sergei-orlov',
    'person:iryna-vereshchuk',
    'person:igor-konashenkov',
    'person:sergei-shoigu',
    'person:jens-stoltenberg',
    'person:recep-tayyip-erdogan',
    'person:jeremy-fleming',
    'person:mikhail-mizintsev',
    'person:vyacheslav-chaus',
    'person:rebekah-koffler',
    'person:pol-norman',
    'person:leonid-nevzlin',
    'person:iryna-venediktova',
    'person:joe-biden',
    'person:boris-romanchenko',
    'org:ru-general-staff',
    'org:icrc',
    'group:wagner',
    'org:tass',
  ])('resolves %s', (id) => {
    expect(ids.has(id)).toBe(true);
  });
  it('links every misspelling and short form of Zelensky to him', () => {
    const z = all.flat().filter((e) => /Zel/.test(e.text));
    expect(z.length).toBeGreaterThanOrEqual(4);
    for (const e of z) expect(e.id).toBe('person:volodymyr-zelensky');
  });
  it('keeps every span exact', () => {
    readdirSync(dir).forEach((f, i) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      for (const e of all[i]!) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  });
});

const CORPUS = sharedPath('data', 'corpus', 'nyt-guardian-2022', 'NYT_Russia_Ukraine.csv');
describe.skipIf(!existsSync(CORPUS))('entities on war-news articles', () => {
  it('keeps every span exact, trimmed, ordered and non-overlapping, with no article or possessive', () => {
    const rows = parse(readFileSync(CORPUS, 'utf8'), { columns: true, relax_quotes: true }) as Array<Record<string, string>>;
    let mentions = 0;
    for (const row of rows.slice(0, 40)) {
      const text = row.articles ?? '';
      let prevEnd = -1;
      for (const e of ents(text)) {
        mentions++;
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text.length).toBeGreaterThan(0);
        expect(e.text).toBe(e.text.trim());
        expect(e.text).not.toMatch(/^(?:the|a|an)\s/i);
        expect(e.text).not.toMatch(/['’]s$/);
        expect(e.start).toBeGreaterThanOrEqual(prevEnd);
        prevEnd = e.end;
      }
    }
    expect(mentions).toBeGreaterThan(500);
  });
});

describe('entities: unknown names typed from their words', () => {
  it.each([
    // [sentence, surface, type]
    ['He was honoured by the Rotary Club on Thursday.', 'Rotary Club', 'ORG'],
    ['The Humane Society estimates that dogs bite two million people a year.', 'Humane Society', 'ORG'],
    ['The centre-left Social Democrats came second in the vote.', 'Social Democrats', 'ORG'],
    ['Analysts at the firm said Dieter Vogelsang had resigned.', 'Dieter Vogelsang', 'PERSON'],
    ['The Wallabies have their sights set on a 13th win.', 'Wallabies', 'ORG'],
    ['The NHL suspended the forward for one game.', 'NHL', 'ORG'],
    ['Shares rose after the Federal Reserve held rates.', 'Federal Reserve', 'ORG'],
    ['The tournament is played for the Sheffield Shield every season.', 'Sheffield Shield', 'OTHER'],
  ])('%s → %s is %s', (text, surface, type) => {
    expect(find(text, surface)?.type).toBe(type);
  });
  it('links a listed organisation to its own id', () => {
    expect(find('Officials of FIFA met in Zurich on Friday.', 'FIFA')?.id).toBe('org:fifa');
  });
});

describe('entities: organisation and place heads', () => {
  it.each([
    // [sentence, surface, type]
    ['The chairman of the Rubber Board of India said on Friday that output would rise.', 'Rubber Board of India', 'ORG'],
    ['A vice president at Union Bank of Switzerland in Tokyo said the yen would weaken.', 'Union Bank of Switzerland', 'ORG'],
    ['Bank of England Governor Mervyn King said rates would stay on hold.', 'Mervyn King', 'PERSON'],
    ['Michael Cornwell of the Glencoe Animal Hospital said dogs bite children most.', 'Glencoe Animal Hospital', 'ORG'],
    ['Michael Cornwell of the Glencoe Animal Hospital said dogs bite children most.', 'Michael Cornwell', 'PERSON'],
    ['Rain stopped play at the Melbourne Cricket Ground after 15 overs.', 'Melbourne Cricket Ground', 'PLACE'],
    ['Racing was cancelled due to heavy snow and fog on Whistler Mountain on Saturday.', 'Whistler Mountain', 'PLACE'],
    ['The injury-plagued Indianapolis Colts lost another quarterback on Thursday.', 'Indianapolis Colts', 'ORG'],
    ['Midfielder Kazuyoshi Miura scored twice in the second half.', 'Kazuyoshi Miura', 'PERSON'],
    ['He joined Hapoel Beersheba last year.', 'Hapoel Beersheba', 'ORG'],
    ["Real Madrid 's strikers scored twice.", 'Real Madrid', 'ORG'],
    ['Australia play their last match of the tour at Twickenham on Saturday.', 'Twickenham', 'PLACE'],
  ])('%s → %s is %s', (text, surface, type) => {
    expect(find(text, surface)?.type).toBe(type);
  });
});

describe('entities: one name, one reading per document', () => {
  it('takes up headline words named in full further on', () => {
    const text = 'HAVEL PRAISES CZECH NATIVE ALBRIGHT AS FRIEND .\nCzech President Vaclav Havel praised Madeleine Albright on Friday .';
    const found = ents(text, { roleCoref: false });
    expect(found.find((e) => e.text === 'HAVEL')?.type).toBe('PERSON');
    expect(found.find((e) => e.text === 'ALBRIGHT')?.type).toBe('PERSON');
  });
  it('takes up a surname that is also a rank, but not before another name', () => {
    const text = 'Prime Minister John Major spoke on Thursday . Major told parliament he would stay . Major General Mike Jackson said nothing .';
    const found = ents(text, { roleCoref: false });
    expect(found.filter((e) => e.text === 'Major').map((e) => [e.start, e.type])).toEqual([[text.indexOf('Major told'), 'PERSON']]);
  });
});

describe('entities: prefixed nationalities and places', () => {
  it.each([
    // [sentence, surface, id]
    ['Pro-government media quoted a pro-Russian blogger on Friday.', 'pro-Russian', 'nationality:russia'],
    ['The proposed trans-Atlantic alliance needs approval.', 'trans-Atlantic', undefined],
    ['Lebanon sentenced a pro-Israeli warlord to death.', 'pro-Israeli', 'nationality:israel'],
  ])('%s → %s is OTHER', (text, surface, id) => {
    const e = find(text, surface);
    expect(e?.type).toBe('OTHER');
    if (id) expect(e?.id).toBe(id);
  });
});

describe('entities: initials before common-word surnames', () => {
  it.each([
    ['B. Young c Moin Khan b Waqar 5', 'B. Young'],
    ['S. Law b Hooper 21', 'S. Law'],
  ])('%s → %s is a person', (line, surface) => {
    const found = recogniseEntities(line, [{ start: 0, end: line.length }], { roleCoref: false });
    expect(found.find((e) => e.text === surface)?.type).toBe('PERSON');
  });
});

describe('entities: titles, nationalities and events split from names', () => {
  it.each([
    // [sentence, expected "TYPE:surface" list, in order]
    ['Secretary of State Antony Blinken arrived in Kyiv on Thursday.', ['PERSON:Antony Blinken', 'PLACE:Kyiv']],
    ['He met Secretary of State Antony Blinken in Warsaw.', ['PERSON:Antony Blinken', 'PLACE:Warsaw']],
    ['Chancellor of the Exchequer Rishi Sunak spoke first.', ['PERSON:Rishi Sunak']],
    ['Minister of Foreign Affairs Dmytro Kuleba said talks had stalled.', ['PERSON:Dmytro Kuleba']],
    ['The visit of former British Prime Minister Boris Johnson surprised Moscow.', ['OTHER:British', 'PERSON:Boris Johnson', 'PLACE:Moscow']],
    ['Lieutenant-General Serhiy Naiev described the exercise.', ['PERSON:Serhiy Naiev']],
    ['The Polish Vice-President Anna Nowak agreed.', ['OTHER:Polish', 'PERSON:Anna Nowak']],
    ['Fans gathered after the 2018 World Cup final.', ['OTHER:2018 World Cup']],
    ['They lost their Champions \' League group.', ["OTHER:Champions ' League"]],
    ['Woman charged over N. Ireland arms find.', ['PLACE:N. Ireland']],
    ['J. Pennington c Moyes b Tarrant 13', ['PERSON:J. Pennington', 'PERSON:Moyes', 'PERSON:Tarrant']],
  ])('%s', (sentence, expected) => {
    expect(ents(sentence, { roleCoref: false }).map((e) => `${e.type}:${e.text}`)).toEqual(expected);
  });
});
