/** @module Hedge and denial lexicons (spec/claims.md §1.4) and the opinion markers that keep a sentence from being an OUTLET claim. */

/** Epistemic hedges, matched case-insensitively on word boundaries in cue and content. */
export const HEDGE_PATTERNS: readonly string[] = [
  'likely', 'unlikely', 'likelihood', 'probably', 'probable', 'possible', 'possibly', 'perhaps', 'maybe', 'apparently',
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'believed to', 'is said to', 'are said to', 'was said to', 'were said to',
  'expect', 'expects', 'expected', 'expecting', 'unconfirmed', 'could not be independently verified', 'could not be verified',
  'cannot be independently verified', 'could not independently verify', 'not be independently verified',
  'i think', 'i believe', 'we believe', 'we think', 'we assume', 'i assume', 'if i am not mistaken', 'i suspect', 'we suspect',
  'did not believe', 'does not believe', "doesn't believe", "didn't believe",
  'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to', 'it appears', 'it seems', 'appears that', 'seems that',
  'may', 'might',
];

/** `could` is a hedge only in the possibility sense: followed by one of these words. */
export const COULD_POSSIBILITY_NEXT: ReadonlySet<string> = new Set(['be', 'have', 'soon', 'well', 'potentially', 'still', 'also', 'even', 'easily', 'take', 'happen', 'lead', 'come', 'last', 'reach', 'rise', 'fall', 'escalate', 'spread']);

/** Cue words that make a claim a denial. */
export const DENIAL_CUES: ReadonlySet<string> = new Set([
  'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'dismiss', 'dismisses', 'dismissed', 'refute', 'refutes', 'refuted',
  'rebuff', 'rebuffed', 'disputed', 'disputes',
]);

/** Content expressions that rebut an accusation. */
export const DENIAL_CONTENT_PATTERNS: readonly string[] = [
  'never attacked', 'never shelled', 'never targeted', 'never struck', 'never bombed', 'do not target', 'does not target', 'did not target',
  'did not attack', 'did not shell', 'did not strike', 'not involved', 'no involvement', 'fake', 'fakes', 'a lie', 'lies', 'false', 'not true', 'untrue',
  'baseless', 'unfounded', 'fabricated', 'fabrication', 'fabrications', 'staged', 'provocation', 'disinformation', 'groundless', 'nonsense',
  'absurd', 'no basis', 'deny', 'denies', 'denied', 'categorically',
];

/** Markers of the outlet's own opinion, analysis or rhetoric: a sentence with one is not an OUTLET claim. */
export const OPINION_MARKERS: readonly string[] = [
  'should', 'must', 'ought', 'it seems', 'seems', 'clearly', 'of course', 'certainly', 'only time will tell', 'it appears', 'appears',
  'common knowledge', 'little surprise', 'no surprise', 'obviously', 'surely', 'arguably', 'in other words', 'the question is',
  'it remains to be seen', 'remains to be seen', 'whether', 'perhaps', 'maybe',
  'would be', 'would', 'could', 'might', 'may', 'embarrassing', 'humiliating', 'disastrous', 'stunning', 'shocking', 'remarkably',
  // Emotional effects on people: a feeling without a factual core (spec §1.1), unless the sentence also has a figure.
  'spread fear', 'spread panic', 'spread fear and panic', 'sparked fear', 'sparked fears', 'sparked panic', 'sparked outrage', 'sparked anger',
  'raised fears', 'stoked fears', 'fuelled fears', 'fueled fears', 'caused panic', 'sowed panic', 'sowed fear', 'sown fear', 'sown panic',
  // Colloquial, idiomatic evaluation: the outlet's own judgement of a state, not a checkable event.
  'in the toilet', 'in the gutter', 'in tatters', 'on the ropes', 'in freefall', 'in free fall', 'on its knees', 'on their knees',
  'down the drain', 'down the toilet', 'rock bottom', 'through the floor', 'on its last legs', 'on their last legs', 'in the doldrums',
];

/** Trend words that grade a generic event noun (`mounting casualties`, `losses rising`): an assessment, not a reported event. */
export const TREND_WORDS: readonly string[] = ['mounting', 'rising', 'growing', 'soaring', 'spiralling', 'spiraling', 'climbing', 'piling', 'increasing'];

/**
 * Phrases that open a background clause about the war's start (spec §1.1.2: background and history are not claims):
 * event words from here to the end of the sentence describe that start (`the war that erupted on February 24 when
 * Mr Putin sent his troops`), not a current event.
 */
export const WAR_START_ANCHORS: readonly string[] = [
  'war that erupted', 'war that began', 'war that started', 'war that broke out', 'war which erupted', 'war which began',
  'war which started', 'war which broke out', 'invasion that began', 'invasion that started', 'invasion which began',
  'conflict that erupted', 'conflict that began', 'conflict that started', 'conflict which began',
  'since the war began', 'since the war started', 'since the war broke out', 'since the invasion began', 'since the invasion started',
  'since the start of the war', 'since the start of the invasion', 'since the beginning of the war', 'since the beginning of the invasion',
];

/** Past-tense or current event verbs that make an unattributed sentence checkable. */
export const EVENT_WORDS: readonly string[] = [
  'killed', 'killing', 'wounded', 'injured', 'injuring', 'shelled', 'shelling', 'attacked', 'attacking', 'captured', 'seized', 'seizing', 'launched',
  'fired', 'struck', 'hit', 'retreated', 'withdrew', 'withdrawn', 'advanced', 'advancing', 'announced', 'signed', 'declared', 'destroyed',
  'shot down', 'bombarded', 'bombarding', 'bombed', 'evacuated', 'fled', 'retook', 'recaptured', 'liberated', 'invaded', 'occupied', 'surrounded',
  'encircled', 'blew up', 'exploded', 'explosions', 'sanctioned', 'imposed', 'approved', 'pledged', 'delivered', 'sent', 'deployed', 'arrived',
  'met', 'resumed', 'agreed', 'held', 'took control', 'gained', 'lost', 'damaged', 'stuck', 'redeployed', 'controls', 'contested', 'halted',
  'stepping up', 'fighting', 'fought', 'died', 'dead', 'casualties', 'losses', 'displaced', 'refugees', 'strikes', 'struck', 'raided',
  'arrested', 'detained', 'expelled', 'closed', 'opened', 'cut off', 'blockade', 'blockades', 'downed', 'sank', 'sunk', 'repelled',
  'repulsed', 'taking control', 'authorised', 'authorized', 'mobilisation', 'mobilization', 'annexed', 'annexing', 'annexation', 'referendum',
  'called for', 'seize', 'capture', 'attempting to', 'adopted', 'adopting', 'control', 'travelled', 'traveled', 'crossed', 'entered', 'retreating', 'deserting', 'deserted', 'sanctions', 'visiting', 'will visit', 'counterattack', 'counter-offensive', 'counteroffensive', 'offensive', 'ceasefire', 'cease-fire', 'talks', 'negotiations',
];

/**
 * Words of intention, plan, attempt-to-achieve or expectation: an event word shortly after one of them names a wanted or
 * expected event (`prioritised the capture of Kyiv`, `achieving a cease-fire`, `expect a full mobilisation`), not one that happened.
 */
export const IRREALIS_GOVERNORS: readonly string[] = [
  'prioritised', 'prioritized', 'prioritise', 'prioritize', 'envisioned', 'envisaged', 'envision', 'envisage', 'wanted', 'want', 'wants',
  'hoped', 'hope', 'hopes', 'hoping', 'planned', 'plan', 'plans', 'planning', 'aimed', 'aim', 'aims', 'aiming', 'sought', 'seek', 'seeks',
  'seeking', 'intended', 'intend', 'intends', 'ambition', 'ambitions', 'goal', 'goals', 'attention', 'achieving', 'achieve', 'dreamed',
  'dreams', 'expect', 'expects', 'expected', 'expecting',
];

/** Generic event nouns that only count as a reported event when not graded by an evaluative adjective (`heavy losses` is an assessment). */
export const GRADABLE_EVENT_NOUNS: readonly string[] = ['losses', 'casualties'];

/** Evaluative adjectives that turn a generic event noun into the outlet's assessment. */
export const EVALUATIVE_ADJECTIVES: readonly string[] = [
  'heavy', 'huge', 'massive', 'enormous', 'staggering', 'terrible', 'severe', 'serious', 'significant', 'considerable', 'catastrophic',
  'devastating', 'crippling', 'unprecedented', 'horrendous', 'appalling', 'big', 'great', 'vast', 'untold',
];
