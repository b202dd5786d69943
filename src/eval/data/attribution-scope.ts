/**
 * @module Fixed evaluation scope for PolNeAR attribution: the reporting expressions of spec/claims.md §1.1.1 and §1.3, as plain data.
 *
 * This list is written from the specification, NOT from the claims stage's cue lexicon, and must never be imported
 * by `src/stages/claims/**`: adding a cue to the extractor must not move the evaluation's denominator.
 * Rules that use these lists are documented in `src/eval/attribution.ts`.
 */

/**
 * Reporting verbs of spec §1.3 (said, claimed, estimates, denies, warned, assessed, wrote, announced, told, pointed out)
 * and of the verb classes it names: saying, telling, claiming, warning, estimating, denying, insisting, stating,
 * announcing, writing, adding, noting, confirming, reporting, accusing, arguing, assessing, believing/thinking as
 * attribution, tweeting/posting as reporting. Every inflection is listed (base, -s, past, participle, -ing).
 * Not included, by the spec: directives (`call for`, `urge`, `ask`, `demand`: orders and appeals), commissives
 * (`promise`, `pledge`, `vow`), desire and plan (`want`, `plan`), perception and evidence (`show`, `find`, `see`,
 * `know`), evaluation (`praise`, `criticize`, `condemn`, `attack`), questions (`ask`, `question`).
 */
export const SCOPE_VERB_FORMS: readonly string[] = [
  // saying
  'say', 'says', 'said', 'saying',
  'state', 'states', 'stated', 'stating',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'add', 'adds', 'added', 'adding',
  'note', 'notes', 'noted', 'noting',
  'remark', 'remarks', 'remarked', 'remarking',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'explain', 'explains', 'explained', 'explaining',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'recall', 'recalls', 'recalled', 'recalling',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'observe', 'observes', 'observed', 'observing',
  'testify', 'testifies', 'testified', 'testifying',
  'affirm', 'affirms', 'affirmed', 'affirming',
  'concede', 'concedes', 'conceded', 'conceding',
  'reveal', 'reveals', 'revealed', 'revealing',
  'disclose', 'discloses', 'disclosed', 'disclosing',
  'indicate', 'indicates', 'indicated', 'indicating',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  // telling
  'tell', 'tells', 'told', 'telling',
  'inform', 'informs', 'informed', 'informing',
  // claiming, insisting, denying, accusing, arguing
  'claim', 'claims', 'claimed', 'claiming',
  'assert', 'asserts', 'asserted', 'asserting',
  'allege', 'alleges', 'alleged', 'alleging',
  'insist', 'insists', 'insisted', 'insisting',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'deny', 'denies', 'denied', 'denying',
  'accuse', 'accuses', 'accused', 'accusing',
  'argue', 'argues', 'argued', 'arguing',
  'contend', 'contends', 'contended', 'contending',
  // warning, estimating, assessing
  'warn', 'warns', 'warned', 'warning',
  'estimate', 'estimates', 'estimated', 'estimating',
  'assess', 'assesses', 'assessed', 'assessing',
  'conclude', 'concludes', 'concluded', 'concluding',
  'predict', 'predicts', 'predicted', 'predicting',
  'forecast', 'forecasts', 'forecasted', 'forecasting',
  // reporting, writing, posting
  'report', 'reports', 'reported', 'reporting',
  'write', 'writes', 'wrote', 'written', 'writing',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'post', 'posts', 'posted', 'posting',
  // believing / thinking as attribution
  'believe', 'believes', 'believed', 'believing',
  'think', 'thinks', 'thought', 'thinking',
];

/** Reporting nouns heading a cue (`the statement said`, `a report stated`, `his claim`). */
export const SCOPE_NOUN_FORMS: readonly string[] = [
  'statement', 'statements', 'claim', 'claims', 'report', 'reports', 'announcement', 'announcements', 'warning', 'warnings',
  'estimate', 'estimates', 'assessment', 'assessments', 'denial', 'denials', 'accusation', 'accusations', 'allegation',
  'allegations', 'tweet', 'tweets', 'post', 'posts', 'remarks', 'testimony', 'words',
];

/** Multi-word cues of spec §1.3 that are in scope when the cue begins with them. */
export const SCOPE_PHRASE_CUES: readonly string[] = ['according to', 'in the words of', 'point out', 'points out', 'pointed out', 'pointing out', 'learned from', 'learnt from'];

/**
 * Words skipped before a cue's head (spec §1.3: the cue is taken without auxiliaries, modals and adverbs):
 * auxiliaries, modals, negation and time/degree adverbs. Any other word ending in `-ly` is also skipped as an adverb.
 */
export const SCOPE_SKIP_WORDS: readonly string[] = [
  'has', 'have', 'had', 'having', 's', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'll', 'd', 've', 're',
  'didn', 'doesn', 'don', 'wasn', 'weren', 'isn', 'aren', 'hasn', 'haven', 'hadn', 'wouldn', 'couldn', 'shouldn',
  'not', 'never', 'n', 't', 'also', 'still', 'now', 'then', 'later', 'once', 'just', 'again', 'further', 'even', 'too', 'already',
  'often', 'always', 'ever', 'first', 'since', 'long', 'previously', 'recently', 'repeatedly', 'reportedly',
];

/** Prepositions that, ending a cue, make its content a prepositional noun phrase (`warned of`, `spoke about`). */
export const SCOPE_NP_PREPOSITIONS: readonly string[] = ['of', 'about', 'on', 'over', 'against', 'for', 'with', 'at', 'into'];

/** Lower-case first words of a content that is the cue's non-clausal complement: `[told them] to leave`, `[accused him] of lying`. */
export const SCOPE_COMPLEMENT_OPENERS: readonly string[] = ['to', 'of'];

/** Openings of a content that is a first-person exhortation or a request (`let's …`, `let us …`, `please …`). */
export const SCOPE_DIRECTIVE_OPENERS: readonly string[] = ["let's", 'let us', 'lets', 'please'];
