/** @module Cue lexicon for attribution: reporting verbs, nouns, addressee verbs, passive cues and the words skipped around them. */

/** Reporting verbs (all inflections listed) that introduce a claim. */
export const CUE_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'claim', 'claims', 'claimed', 'claiming',
  'warn', 'warns', 'warned', 'warning',
  'estimate', 'estimates', 'estimated',
  'deny', 'denies', 'denied', 'denying',
  'insist', 'insists', 'insisted', 'insisting',
  'state', 'states', 'stated', 'stating',
  'announce', 'announces', 'announced', 'announcing',
  'write', 'writes', 'wrote',
  'add', 'adds', 'added', 'adding',
  'note', 'notes', 'noted', 'noting',
  'report', 'reports', 'reported', 'reporting',
  'argue', 'argues', 'argued', 'arguing',
  'explain', 'explains', 'explained', 'explaining',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'accuse', 'accuses', 'accused', 'accusing',
  'allege', 'alleges', 'alleged', 'alleging',
  'assert', 'asserts', 'asserted', 'asserting',
  'declare', 'declares', 'declared',
  'indicate', 'indicates', 'indicated',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'believe', 'believes', 'believed',
  'assess', 'assesses', 'assessed',
  'continue', 'continued',
  'emphasise', 'emphasised', 'emphasize', 'emphasized', 'emphasizing', 'emphasising',
  'stress', 'stresses', 'stressed', 'stressing',
  'predict', 'predicts', 'predicted',
  'reveal', 'reveals', 'revealed',
  'tweet', 'tweets', 'tweeted',
  'post', 'posted',
  'reject', 'rejects', 'rejected',
  'dismiss', 'dismisses', 'dismissed',
  'refute', 'refutes', 'refuted',
  'counter', 'countered',
  'respond', 'responded',
  'reply', 'replies', 'replied',
  'concede', 'concedes', 'conceded',
  'maintain', 'maintains', 'maintained',
  'reiterate', 'reiterates', 'reiterated',
  'comment', 'commented',
  'observe', 'observed',
  'forecast', 'forecasts',
  'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged',
  'agree', 'agrees',
  'promise', 'promised',
  'threaten', 'threatens', 'threatened',
  'caution', 'cautioned', 'cautioning',
  'signal', 'signaled', 'signalled',
  'hint', 'hinted',
  'boast', 'boasted',
  'complain', 'complained',
  'mention', 'mentioned',
  'disclose', 'disclosed',
  'testify', 'testified',
  'conclude', 'concluded',
  'recall', 'recalled',
  'point', 'pointed',
  'think', 'thinks',
  'know', 'knows',
  'contend', 'contends', 'contended',
  'inform', 'informed',
  'assure', 'assured',
  'remark', 'remarked',
  'predict', 'projected',
  'quip', 'quipped',
  'concur', 'agreed', 'agrees',
  'deem', 'deemed',
  'describe', 'described',
  'characterize', 'characterized',
  'blame', 'blamed',
  'question', 'questioned',
  'urge', 'urged',
  'ask', 'asked',
  'learn', 'learned',
];

/** Verbs whose directly following addressee belongs to the cue (`told CNN`, `warned residents`). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'urge', 'urged', 'inform', 'informed', 'assure', 'assured', 'accuse', 'accuses', 'accused', 'accusing',
]);

/** Verbs that take a complement only through a particle that joins the cue (`pointed out`). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['pointed', 'out'], ['learn', 'from'], ['learned', 'from'],
]);

/** Verbs that only count as cues when their complement is a clause (`that`, a quote, a colon): otherwise they are ordinary verbs. */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'declare', 'declares', 'declared',
  'believe', 'believes', 'believed', 'think', 'thinks', 'know', 'knows', 'continue', 'continued', 'post', 'posted',
  'recall', 'recalled', 'maintain', 'maintains', 'maintained', 'respond', 'responded', 'reply', 'replied', 'agreed', 'agrees', 'concur',
  'question', 'questioned', 'ask', 'asked', 'urge', 'urged', 'promise', 'promised', 'pledge', 'pledged', 'vow', 'vows', 'vowed',
  'threaten', 'threatens', 'threatened', 'describe', 'described', 'characterize', 'characterized', 'deem', 'deemed', 'blame', 'blamed',
  'counter', 'countered', 'comment', 'commented', 'observe', 'observed', 'signal', 'signaled', 'signalled', 'hint', 'hinted',
  'mention', 'mentioned', 'learn', 'learned', 'inform', 'informed', 'assure', 'assured', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'note', 'notes', 'noted', 'noting', 'report', 'reports', 'reported', 'reporting', 'reveal', 'reveals', 'revealed',
  'remark', 'remarked', 'quip', 'quipped', 'stress', 'stresses', 'stressed', 'stressing', 'tweet', 'tweets', 'tweeted', 'indicate', 'indicates', 'indicated',
  'assess', 'assesses', 'assessed', 'confirm', 'confirms', 'confirmed', 'concede', 'concedes', 'conceded', 'conclude', 'concluded', 'admit', 'admits', 'admitted',
  'suggest', 'suggests', 'suggested', 'suggesting', 'testify', 'testified', 'disclose', 'disclosed', 'point', 'pointed', 'projected',
]);

/** Verbs of intention or decision whose infinitive complement (`vowed to punish …`) is the claim content. */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'threaten', 'threatens', 'threatened',
  'agree', 'agrees', 'agreed',
]);

/** Participles used as a second cue of the sentence's source (`…, adding that …`). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'noting', 'warning', 'cautioning', 'claiming', 'insisting', 'stating', 'arguing', 'explaining', 'stressing',
  'emphasising', 'emphasizing', 'denying', 'acknowledging', 'admitting', 'accusing', 'alleging', 'asserting', 'suggesting',
]);

/** Reporting nouns that are cues after a possessive and before `that` (`Trump’s claim that …`). */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'statement', 'warning', 'suggestion', 'insistence',
  'argument', 'contention', 'announcement', 'admission', 'denial', 'estimate', 'belief', 'prediction', 'assessment', 'assurance', 'promise',
]);

/** Preposition-like cues: the source follows. */
export const PREPOSITION_CUES: readonly string[] = ['according to', 'in the words of', 'citing', 'quoting', 'cited by', 'quoted by'];

/** Participles of agentless passive attribution (`it is believed that`, `X is said to`). */
export const PASSIVE_CUES: readonly string[] = [
  'said', 'believed', 'thought', 'reported', 'understood', 'claimed', 'alleged', 'rumoured', 'rumored', 'feared', 'estimated', 'told', 'known', 'assessed',
];

/** Words skipped between a source and its cue (auxiliaries, modals, adverbs). */
export const PRE_CUE_SKIP: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'repeatedly', 'previously', 'later', 'again', 'then', 'further', 'recently', 'once', 'publicly', 'separately',
  'earlier', 'already', 'since', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'first', 'quickly', 'flatly', 'categorically',
  'strongly', 'today', 'yesterday', 'overnight', 'initially', 'subsequently', 'now', 'still', 'openly', 'privately', 'frequently', 'often',
  'simply', 'just', 'even', 'last', 'this', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'had', 'has', 'reportedly',
  'allegedly', 'apparently', 'officially', 'formally', 'explicitly', 'angrily', 'bluntly', 'directly', 'finally', 'ultimately', 'usually',
]);

/** Lower-case words allowed inside a source noun phrase (determiners, role nouns, institution words). */
export const SOURCE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'for', 'at', 'its', 'their', 'his', 'her', 'our', 'and',
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'ministry', 'ministries', 'president', 'mayor',
  'deputy', 'governor', 'chief', 'head', 'commander', 'commanders', 'general', 'secretary', 'secretary-general', 'analyst', 'analysts', 'expert', 'experts',
  'source', 'sources', 'report', 'reports', 'witness', 'witnesses', 'resident', 'residents', 'people', 'authorities', 'authority', 'government',
  'governments', 'military', 'army', 'forces', 'troops', 'intelligence', 'agency', 'agencies', 'news', 'outlet', 'outlets', 'service', 'services',
  'office', 'staff', 'council', 'committee', 'leader', 'leaders', 'member', 'members', 'lawmaker', 'lawmakers', 'senator', 'diplomat', 'diplomats',
  'ambassador', 'envoy', 'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'watcher', 'watchers', 'observer', 'observers',
  'researcher', 'researchers', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'police', 'guards', 'guard', 'navy', 'air', 'force',
  'defense', 'defence', 'foreign', 'senior', 'top', 'local', 'regional', 'former', 'longtime', 'press', 'correspondent', 'reporter', 'reporters',
  'journalist', 'journalists', 'editor', 'founder', 'director', 'professor', 'soldier', 'soldiers', 'fighters', 'separatist', 'separatists',
  'group', 'groups', 'organization', 'organisation', 'company', 'firm', 'think', 'tank', 'institute', 'monitors', 'mission', 'administration',
  'blogger', 'bloggers', 'channel', 'channels', 'state', 'media', 'pollster', 'host', 'officer', 'officers', 'border', 'military-civil',
  'prime', 'vice', 'interior', 'emergency', 'emergencies', 'health', 'economy', 'finance', 'energy', 'presidential', 'national', 'security',
  'civil', 'civilian', 'city', 'regional', 'district', 'region', 'oblast', 'administration', 'operator', 'operators', 'manager', 'managers',
  'representative', 'representatives', 'statement', 'study', 'survey', 'assessment', 'update', 'bulletin', 'data', 'figures', 'estimates',
  'activist', 'activists', 'volunteer', 'volunteers', 'doctor', 'doctors', 'medics', 'rescuers', 'survivors', 'refugees', 'veteran', 'veterans',
  'kremlin', 'pentagon', 'watchdog', 'agency’s', "agency's", 'unit', 'units', 'brigade', 'battalion', 'regiment', 'colonel', 'lieutenant',
  'major', 'admiral', 'marshal', 'captain', 'sergeant', 'ombudsman', 'commissioner', 'chairman', 'chairwoman', 'chair', 'speaker',
  'parliament', 'legislators', 'legislator', 'congressman', 'congresswoman', 'mp', 'mps', 'party', 'coalition', 'alliance', 'bloc',
  'counterpart', 'counterparts', 'ukrainian', 'russian', 'western', 'american', 'british', 'several', 'two', 'three', 'many', 'some', 'other',
  'u.s.', 'eu', 'un', 'nato', 'in', 'open-source', 'open-source-intelligence', 'independent', 'pro-russian', 'pro-kremlin', 'pro-ukrainian',
  'state-run', 'state-owned', 'state-controlled', 'news', 'wire', 'daily', 'newspaper', 'broadcaster', 'tv', 'television', 'radio', 'website',
  'portal', 'magazine', 'columnist', 'commentator', 'commentators', 'economist', 'economists', 'scholar', 'scholars', 'historian', 'first', 'second', 'deputies', 'assistant', 'acting', 'armed', 'chiefs', 'generals', 'united', 'backed', 'russian-backed', 'kremlin-backed',
  'attorney', 'attorneys', 'lawyer', 'lawyers', 'relatives', 'family', 'critics', 'supporters', 'opponents', 'voters', 'protesters',
  'organizers', 'organisers', 'allies', 'scientists', 'engineers', 'staffers', 'employees', 'workers', 'judge', 'judges', 'court',
]);

/** Capitalised words that open a sentence but are never part of a source. */
export const NON_SOURCE_CAPS: ReadonlySet<string> = new Set([
  'but', 'and', 'however', 'meanwhile', 'also', 'so', 'yet', 'still', 'now', 'then', 'later', 'earlier', 'in', 'on', 'at', 'as', 'while',
  'when', 'after', 'before', 'since', 'if', 'although', 'though', 'because', 'overnight', 'today', 'yesterday', 'this', 'that', 'there',
  'what', 'who', 'why', 'how', 'where', 'instead', 'moreover', 'furthermore', 'separately', 'asked', 'speaking', 'for', 'with', 'by', 'from',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'last', 'next', 'during', 'under', 'until', 'once', 'despite', 'over', 'to',
  'of', 'or', 'nor', 'not', 'no', 'all', 'both', 'each', 'every', 'even', 'just', 'only', 'indeed', 'again', 'thus', 'hence', 'here',
]);

/** Pronouns that can stand as a whole source. */
export const PRONOUN_SOURCES: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Time and setting phrases skipped between a cue and its content (`said on Thursday`, `said in a statement`). */
export const POST_CUE_SKIP_RE =
  /^(?:\s*,?\s*(?:on|last|this|next|early|late|earlier|later)?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|week|month|year|morning|evening|night|afternoon|weekend)(?:\s+(?:morning|evening|night|afternoon))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|the\s+next\s+day|hours\s+later|days\s+later|(?:via|by|in|over)\s+(?:e-?mail|phone|telephone|text\s+message|video\s*link)|(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w'’-]+\s+){0,4}?(?:rally|event|gathering|forum|debate|ceremony|dinner|visit|trip|town\s+hall|roundtable|panel|stop|campaign\s+stop|statement|tweet|interview|briefing|speech|address|post|video|message|conference|meeting|press\s+conference|news\s+conference|report|session|summit|call|letter|update|appearance|broadcast|op-ed|column|article|hearing|website|blog|page|account|channel|show|program|programme|podcast|feed|site)(?:\s+(?:on|with|to|in)\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*)*)?|of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?=\s*,)|on\s+(?:Telegram|Twitter|X|Facebook|social\s+media|state\s+television|television|TV|radio)|in\s+(?:parliament|Congress)|(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*(?:that\b|,|:|[“"]))|again|also|repeatedly|publicly|earlier|later|previously|recently|separately|then|now|today|too))+/;

/** Lower-case words that end a source noun phrase when walking over it (function words, auxiliaries, common verbs). */
export const NP_STOP_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'as', 'because', 'if', 'but', 'or', 'nor', 'so', 'than', 'then',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'shall', 'do', 'does', 'did', 'not', 'no', 'to', 'with', 'by', 'from', 'on', 'into', 'onto', 'upon', 'about', 'after', 'before',
  'since', 'until', 'during', 'over', 'under', 'also', 'there', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'him', 'them', 'me', 'us', 'what', 'why', 'how', 'every', 'just', 'only', 'even', 'still', 'already', 'now',
  'here', 'very', 'too', 'more', 'most', 'less', 'least', 'much', 'such', 'own', 'same', 'any', 'up', 'out',
  'off', 'down', 'back', 'away', 'again', 'once', 'though', 'although', 'unless', 'whether', 'yet', 'however', 'instead', 'like', 'unlike',
  'against', 'between', 'among', 'through', 'without', 'within', 'toward', 'towards', 'across', 'around', 'near', 'via', 'per', 'whom',
  'get', 'got', 'make', 'made', 'take', 'took', 'give', 'gave', 'go', 'went', 'come', 'came', 'see', 'saw', 'want', 'wanted', 'need',
  'let', 'put', 'keep', 'kept', 'seem', 'seems', 'seemed', 'become', 'became', 'called', 'calls', 'including', 'because', 'later', 'earlier',
]);

/** Cues of inference from evidence (`the comments indicate that …`): with a certainty adverb they are the outlet's own reading. */
export const INFERENCE_CUES: ReadonlySet<string> = new Set([
  'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'signal', 'signals', 'signalled',
  'signaled', 'imply', 'implies', 'implied', 'demonstrate', 'demonstrates', 'demonstrated', 'prove', 'proves', 'proved',
]);

/** Certainty adverbs of the writer (`clearly indicate`, `obviously show`): they mark an inference as the outlet's own analysis. */
export const CERTAINTY_ADVERBS: readonly string[] = ['clearly', 'obviously', 'plainly', 'certainly', 'undoubtedly', 'surely', 'evidently', 'unmistakably'];

/**
 * Contents that only say that something was said, with no proposition (`he “stated what I wanted to state”`,
 * `I have said all I have to say`): non-answers, not claims (spec §1.1: no checkable proposition). Matched on the
 * content with quotation marks and punctuation removed.
 */
export const NON_ANSWER_CONTENT_RE =
  /^(?:(?:he|she|i|we|they|it)\s+)?(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:stated|said|told|explained|answered)\s+(?:(?:you|us|them|everything|all)\s+)?(?:what|that|all)\s+(?:i|he|she|we|they)\s+(?:wanted|want|wants|had|have|has|needed|need|needs|meant|intended)\s+to\s+(?:state|say|tell|explain|answer)$/i;
