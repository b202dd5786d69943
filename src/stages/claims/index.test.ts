/** @module Table-driven tests of the claims stage: attribution forms, spans, sides, hedges, denials, relays and nesting. */

import { describe, expect, it } from 'vitest';
import { emptyDocument, type Claim } from '../../core/doc.js';
import { splitSentences } from '../segment/index.js';
import { extractClaims } from './08-assemble.js';
import { claimsStage } from './index.js';

function claimsOf(text: string): Claim[] {
  const doc = emptyDocument('t', text);
  doc.sentences = splitSentences(text);
  return extractClaims(doc);
}

interface Expect {
  content: string;
  source?: string | null;
  cue?: string | null;
  side?: Claim['side'];
  quote?: Claim['quote'];
  hedged?: boolean;
  denial?: boolean;
  name?: string;
  via?: string;
}

const CASES: Array<[string, string, Expect]> = [
  ['said that', 'Ukrainian officials said that Russian troops had shelled Kharkiv overnight.',
    { source: 'Ukrainian officials', cue: 'said', content: 'Russian troops had shelled Kharkiv overnight', side: 'UA', quote: 'indirect' }],
  ['trailing said', 'Russian troops shelled Kharkiv overnight, officials said.',
    { source: 'officials', cue: 'said', content: 'Russian troops shelled Kharkiv overnight', side: 'ANON' }],
  ['quote then said', '“We destroyed 12 tanks near Izium,” the Ukrainian General Staff said.',
    { source: 'Ukrainian General Staff', cue: 'said', content: 'We destroyed 12 tanks near Izium', side: 'UA', quote: 'direct' }],
  ['inverted said', '“The city is surrounded,” said the British Defence Ministry.',
    { source: 'British Defence Ministry', cue: 'said', content: 'The city is surrounded', side: 'WEST', quote: 'direct' }],
  ['according to, end', 'At least 40 civilians were killed in the strike, according to the United Nations.',
    { source: 'United Nations', cue: 'according to', content: 'At least 40 civilians were killed in the strike', side: 'INTL' }],
  ['according to, start', 'According to Western intelligence, Russia has lost 200 tanks since March.',
    { source: 'Western intelligence', cue: 'According to', content: 'Russia has lost 200 tanks since March', side: 'WEST' }],
  ['told CNN', "Mariupol's deputy mayor told CNN that the city had no water left.",
    { source: "Mariupol's deputy mayor", cue: 'told CNN', content: 'the city had no water left', side: 'UA' }],
  ['denied (spec example)', 'A Kremlin spokesman on Friday denied that Russian troops had shelled the dam.',
    { source: 'Kremlin spokesman', cue: 'denied', content: 'Russian troops had shelled the dam', side: 'RU', denial: true, hedged: false }],
  ['estimated', 'Ukraine’s General Staff estimates that nearly 45,000 Russian troops have been killed so far.',
    { source: 'Ukraine’s General Staff', cue: 'estimates', content: 'nearly 45,000 Russian troops have been killed so far', side: 'UA' }],
  ['warned with hedge', 'NATO warned that Russia could be preparing a new offensive in the east.',
    { source: 'NATO', cue: 'warned', content: 'Russia could be preparing a new offensive in the east', side: 'WEST', hedged: true }],
  ['in a statement', 'In a statement, the Pentagon said two more brigades would be deployed to Poland.',
    { source: 'Pentagon', cue: 'said', content: 'two more brigades would be deployed to Poland', side: 'WEST' }],
  ['wrote colon', 'Kremlin watcher Pol Norman wrote: “At least 10 generals have written an appeal to Putin.”',
    { source: 'Kremlin watcher Pol Norman', cue: 'wrote', content: 'At least 10 generals have written an appeal to Putin', side: 'OSINT', quote: 'direct', name: 'Pol Norman' }],
  ['claimed in a tweet', 'Leonid Nevzlin claimed in a tweet that only five officials support the mobilisation.',
    { source: 'Leonid Nevzlin', cue: 'claimed', content: 'only five officials support the mobilisation', side: 'OSINT' }],
  ['briefing', 'In a briefing on March 25, General Sergei Rudskoy said the first stage of the operation was complete.',
    { source: 'General Sergei Rudskoy', cue: 'said', content: 'the first stage of the operation was complete', side: 'RU' }],
  ['agentless passive', 'It is believed that the bridge was destroyed by a drone.',
    { source: null, cue: 'believed', content: 'the bridge was destroyed by a drone', side: 'ANON' }],
  ['is said to', 'The move is said to have caused a split among his inner circle.',
    { source: null, cue: 'said', content: 'have caused a split among his inner circle', side: 'ANON', hedged: true }],
  ['reportedly is a hedge, not a source', 'Russian troops reportedly shelled the town of Izium on Monday, killing 12 people.',
    { content: 'Russian troops reportedly shelled the town of Izium on Monday, killing 12 people', source: null, cue: null, side: 'OUTLET', quote: 'none', hedged: true }],
  ['former official', 'Former DIA officer Rebekah Koffler argued that Moscow will hold a referendum in Kherson.',
    { source: 'Former DIA officer Rebekah Koffler', cue: 'argued', content: 'Moscow will hold a referendum in Kherson', side: 'OSINT' }],
  ['state media', 'TASS reported that the convoy had reached the city.',
    { source: 'TASS', cue: 'reported', content: 'the convoy had reached the city', side: 'RU' }],
  ['media', 'Reuters reported that 30 drones were shot down over Kyiv.',
    { source: 'Reuters', cue: 'reported', content: '30 drones were shot down over Kyiv', side: 'MEDIA' }],
  ['third country', 'Turkish President Recep Tayyip Erdogan said that he would host the talks.',
    { source: 'Turkish President Recep Tayyip Erdogan', cue: 'said', content: 'he would host the talks', side: 'THIRD' }],
  ['Belarus is THIRD', 'Belarusian officials said the border had been closed.',
    { source: 'Belarusian officials', cue: 'said', content: 'the border had been closed', side: 'THIRD' }],
  ['capital as source', 'Moscow said its forces had captured the village of Pisky.',
    { source: 'Moscow', cue: 'said', content: 'its forces had captured the village of Pisky', side: 'RU' }],
  ['denial by content', 'The Russian Defence Ministry said the reports of shelling were fake.',
    { source: 'Russian Defence Ministry', cue: 'said', content: 'the reports of shelling were fake', side: 'RU', denial: true }],
  ['first-person belief hedge', '“I think the offensive will stall by the summer,” the analyst said.',
    { source: 'analyst', cue: 'said', content: 'I think the offensive will stall by the summer', quote: 'direct', hedged: true }],
  ['mixed quote', 'Peskov said residents “must decide for themselves” whether to join Russia.',
    { source: 'Peskov', cue: 'said', content: 'residents “must decide for themselves” whether to join Russia', quote: 'mixed', side: 'RU' }],
  ['appositive source', 'Igor Konashenkov, a spokesperson for the Russian Defense Ministry, said Russian units had advanced near the river.',
    { source: 'Igor Konashenkov, a spokesperson for the Russian Defense Ministry', cue: 'said', content: 'Russian units had advanced near the river', side: 'RU', name: 'Igor Konashenkov' }],
  ['possessive noun cue', 'Kyiv rejected Peskov’s claim that Ukrainian troops had shelled the dam.',
    { source: 'Peskov', cue: 'claim', content: 'Ukrainian troops had shelled the dam', side: 'RU' }],
  ['relative clause source', 'The talks were hosted by Dmytro Kuleba, who said the grain corridor would reopen on Monday.',
    { source: 'Dmytro Kuleba', cue: 'said', content: 'the grain corridor would reopen on Monday', side: 'UA' }],
  ['fronted cue', 'Said Zelensky: “We will not give up Donbas.”',
    { source: 'Zelensky', cue: 'Said', content: 'We will not give up Donbas', quote: 'direct', side: 'UA' }],
  ['title-case headline', 'Zelensky Says Russian Troops Have Left Kherson',
    { source: 'Zelensky', cue: 'Says', content: 'Russian Troops Have Left Kherson', side: 'UA' }],
  ['progressive with contraction', 'He’s claiming that the bridge was hit by two missiles.',
    { source: 'He', cue: 'claiming', content: 'the bridge was hit by two missiles' }],
  ['interjected phrase after the source', 'Olaf Scholz, at a press conference in Berlin, said, “Germany will send more air defence systems.”',
    { source: 'Olaf Scholz', cue: 'said', content: 'Germany will send more air defence systems', quote: 'direct', side: 'WEST' }],
  ['interrupting attribution', 'Turkey, he said, would be happy to be a security guarantor.',
    { source: 'he', cue: 'said', content: 'would be happy to be a security guarantor' }],
  ['thousands separator is not a phrase comma', 'She said at least 120,000 residents hoped to leave Kherson but were unable to.',
    { source: 'She', cue: 'said', content: 'at least 120,000 residents hoped to leave Kherson but were unable to' }],
  ['plural pronoun to a possessed group', 'Vladimir Putin is facing anger from his senior generals after they told him the campaign aims were out of reach.',
    { source: 'they', cue: 'told him', content: 'the campaign aims were out of reach', side: 'RU', name: 'his senior generals' }],
  ['plural pronoun to a group with a side adjective', 'The village fell to Ukrainian troops on Monday, and they said the bridge had been mined.',
    { source: 'they', cue: 'said', content: 'the bridge had been mined', side: 'UA' }],
  ['trailing "X reports"', 'The city was shelled overnight, Reuters reports.',
    { source: 'Reuters', cue: 'reports', content: 'The city was shelled overnight', side: 'MEDIA' }],
  ['object before the comma is not a role appositive', 'Bonuses were paid to staff every three months, The Wall Street Journal reported.',
    { source: 'Wall Street Journal', cue: 'reported', content: 'Bonuses were paid to staff every three months', side: 'MEDIA' }],
  ['retired premodifier after a quotation', '“The offensive has stalled,” retired Air Force general Lloyd Newton said.',
    { source: 'retired Air Force general Lloyd Newton', cue: 'said', content: 'The offensive has stalled', quote: 'direct', side: 'OSINT' }],
  ['participial interjection', 'President Zelensky, speaking to reporters in Kyiv on Saturday, said the bridge would reopen.',
    { source: 'President Zelensky', cue: 'said', content: 'the bridge would reopen', side: 'UA' }],
  ['participial interjection (-ing verb)', 'President Zelensky, visiting troops near Bakhmut on Saturday, said the front was holding.',
    { source: 'President Zelensky', cue: 'said', content: 'the front was holding', side: 'UA' }],
  ['parenthesis kept in the source', 'Sen. Lindsey Graham (R-S.C.) said the aid package would pass.',
    { source: 'Sen. Lindsey Graham (R-S.C.)', cue: 'said', content: 'the aid package would pass' }],
  ['middle initial in the source name', '“We will rebuild the bridge,” Joseph R. Biden Jr. said last week.',
    { source: 'Joseph R. Biden Jr.', cue: 'said', content: 'We will rebuild the bridge', quote: 'direct', side: 'WEST' }],
  ['expertise topic does not give the side', 'Experts on North Korea said the latest nuclear test could change the race.',
    { source: 'Experts on North Korea', cue: 'said', content: 'the latest nuclear test could change the race', side: 'ANON' }],
  ['fronted adverbial before an interrupting attribution', 'During the first month of the war, the governor said, more than 300 civilians were killed.',
    { source: 'governor', cue: 'said', content: 'more than 300 civilians were killed' }],
  ['evidence noun as source', 'New photographs reveal that the bridge has been damaged.',
    { source: 'New photographs', cue: 'reveal', content: 'the bridge has been damaged', side: 'ANON' }],
];

describe('claimsStage', () => {
  it('is a versioned stage that requires sentences and assigns claims', () => {
    expect(claimsStage.name).toBe('claims.rules.v1');
    expect(claimsStage.requires).toEqual(['sentences']);
    expect(claimsStage.assigns).toEqual(['claims']);
  });

  it.each(CASES)('%s', (_label, text, exp) => {
    const claims = claimsOf(text);
    const c = claims.find((x) => x.text === exp.content);
    expect(c, `claims: ${JSON.stringify(claims.map((x) => [x.source?.text, x.cue?.text, x.text]))}`).toBeDefined();
    if (exp.source !== undefined) expect(c!.source?.text ?? null).toBe(exp.source);
    if (exp.cue !== undefined) expect(c!.cue?.text ?? null).toBe(exp.cue);
    if (exp.side) expect(c!.side).toBe(exp.side);
    if (exp.quote) expect(c!.quote).toBe(exp.quote);
    if (exp.hedged !== undefined) expect(c!.hedged).toBe(exp.hedged);
    if (exp.denial !== undefined) expect(c!.denial).toBe(exp.denial);
    if (exp.name) expect(c!.source?.name).toBe(exp.name);
    if (exp.via) expect(c!.via?.text).toBe(exp.via);
  });

  it('keeps every span exact and trimmed', () => {
    const text = CASES.map((c) => c[1]).join('\n\n');
    for (const c of claimsOf(text)) {
      for (const s of [c, c.source, c.cue, c.via, ...(c.hedges ?? []), ...(c.denials ?? [])]) {
        if (!s) continue;
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
      }
    }
  });
});

describe('units, pronouns, relays and nesting', () => {
  it('resolves "she said" and a resumed quotation to the named speaker (spec §1.2)', () => {
    const text = 'Iryna Vereshchuk, Ukraine’s deputy prime minister, said three corridors had been agreed.\n\n“Our military are defending Mariupol,” she said. “We did not accept the ultimatum.”';
    const claims = claimsOf(text);
    const quoted = claims.filter((c) => c.quote === 'direct');
    expect(quoted.map((c) => c.text)).toEqual(['Our military are defending Mariupol', 'We did not accept the ultimatum']);
    for (const c of quoted) {
      expect(c.source?.text).toBe('she');
      expect(c.source?.name).toBe('Iryna Vereshchuk');
      expect(c.side).toBe('UA');
    }
    expect(quoted[1]!.cue).toEqual(quoted[0]!.cue);
  });

  it('joins a quotation running over paragraphs whose closing mark is missing', () => {
    const text = 'Pol Norman wrote: “Disorder has broken out among the General Staff.\n\n“At least 10 generals have written an appeal.”';
    const [c] = claimsOf(text);
    expect(c!.text).toBe('Disorder has broken out among the General Staff.\n\n“At least 10 generals have written an appeal');
    expect(c!.quote).toBe('direct');
  });

  it('adds "He added, …" as its own claim of the same speaker', () => {
    const claims = claimsOf('General Sergei Rudskoy said the first stage was complete. He added, "The combat potential of Ukraine has been significantly reduced."');
    const added = claims.find((c) => c.cue?.text === 'added');
    expect(added?.source?.name).toContain('Rudskoy');
    expect(added?.side).toBe('RU');
  });

  it('folds a news-agency relay into `via` (spec §1.2 relays)', () => {
    const claims = claimsOf('According to TASS, Kremlin spokesman Dmitry Peskov said the talks had stalled.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.source?.text).toBe('Kremlin spokesman Dmitry Peskov');
    expect(claims[0]!.via?.text).toBe('TASS');
    expect(claims[0]!.text).toBe('the talks had stalled');
  });

  it('takes the cited source with the agency as `via`', () => {
    const [c] = claimsOf('Russian units had seized a third of the harbour town, Russia’s RIA news agency said, citing a separatist leader.');
    expect(c!.source?.text).toBe('separatist leader');
    expect(c!.via?.text).toBe('Russia’s RIA news agency');
    expect(c!.side).toBe('RU');
  });

  it('keeps both claims of a nested attribution with `parent` (spec §1.2)', () => {
    const claims = claimsOf('Amnesty said local officials claimed that civilians had been shot in Bucha.');
    const outer = claims.find((c) => c.source?.text === 'Amnesty');
    const inner = claims.find((c) => c.source?.text === 'local officials');
    expect(outer?.text).toBe('local officials claimed that civilians had been shot in Bucha');
    expect(inner?.text).toBe('civilians had been shot in Bucha');
    expect(inner?.parent).toBe(claims.indexOf(outer!));
  });

  it('gives two claims for two cues on one source', () => {
    const claims = claimsOf('Officials said Ukrainian forces retook a village near Chernihiv, while cautioning that it was too early to claim a Russian withdrawal.');
    expect(claims.map((c) => c.cue?.text)).toEqual(['said', 'cautioning']);
    expect(claims[0]!.text).toBe('Ukrainian forces retook a village near Chernihiv');
  });

  it.each([
    ['Top General says focus is now on Donbas', 'In a briefing, General Sergei Rudskoy, first deputy chief of Russia’s General Staff, said the first stage was complete.', 'RU', 'Sergei Rudskoy'],
    ['Senior Minister says talks have stalled', 'Foreign Minister Dmytro Kuleba said the talks had stalled after two rounds.', 'UA', 'Dmytro Kuleba'],
  ])('resolves a role-only headline source forward to the first body source with that title: %s', (headline, body, side, name) => {
    const text = `${headline}\n\n${body}`;
    const doc = emptyDocument('t', text, headline.length + 2);
    doc.sentences = splitSentences(text);
    const head = extractClaims(doc).find((c) => c.end <= headline.length);
    expect(head?.side).toBe(side);
    expect(head?.source?.name).toBe(name);
  });

  it('leaves a role-only source in the body, or one no body source matches, unresolved', () => {
    const text = 'Official says the border is closed\n\nGeneral Sergei Rudskoy said the first stage was complete.';
    const doc = emptyDocument('t', text, text.indexOf('General'));
    doc.sentences = splitSentences(text);
    expect(extractClaims(doc).find((c) => c.end <= doc.bodyStart)?.side).toBe('ANON');
  });

  it('makes an OUTLET claim of the unattributed clause before an attribution', () => {
    const claims = claimsOf('Russia fired 20 drones at Odesa overnight, but officials say most were shot down.');
    expect(claims.map((c) => [c.side, c.text])).toEqual([
      ['OUTLET', 'Russia fired 20 drones at Odesa overnight'],
      ['ANON', 'most were shot down'],
    ]);
  });

  it.each([
    'Russian troops shelled Kharkiv on Monday, nine months into the war that began in February.',
    'Ukrainian forces recaptured the village overnight, the first gain since the war began.',
  ])('keeps an OUTLET claim whose event precedes a war-start background clause: %s', (text) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.side)).toEqual(['OUTLET']);
  });

  it('links figures, places and times inside the content and builds the key', () => {
    const text = 'Ukrainian officials said Russia lost 40 tanks near Kyiv in March.';
    const doc = emptyDocument('t', text);
    doc.sentences = splitSentences(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    doc.figures = [{ ...at('40'), low: 40, high: 40, approx: false, unit: 'count', category: 'tanks', about: 'RU' }];
    doc.places = [{ ...at('Kyiv'), name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA', admin1: null }];
    doc.times = [{ ...at('March'), value: '2022-03', type: 'DATE' }];
    doc.entities = [{ ...at('Russia'), type: 'PLACE', id: 'org:russia', name: 'Russia', side: 'RU' }];
    const [c] = extractClaims(doc);
    expect(c!.figureIdx).toEqual([0]);
    expect(c!.placeNames).toEqual(['Kyiv']);
    expect(c!.timeValues).toEqual(['2022-03']);
    expect(c!.entityIds).toEqual(['org:russia']);
    expect(c!.key).toBe('russia|state|kyiv|2022-03|tanks');
  });
});
