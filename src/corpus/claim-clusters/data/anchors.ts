/** @module Plain data deciding which claim features are specific enough to anchor a claim cluster. */

/**
 * Figure categories too generic to say two claims count the same thing (`50 km`, `30 %`, an unclassified number):
 * they neither join nor separate claims.
 */
export const WEAK_FIGURE_CATEGORIES: readonly string[] = ['other', 'percent', 'distance'];

/**
 * Place kinds (from the places stage) too broad to identify an event: two claims naming only Ukraine or the Donbas
 * are not thereby about the same thing, and a claim naming Ukraine does not conflict with one naming Kyiv.
 */
export const BROAD_PLACE_KINDS: readonly string[] = ['country', 'continent', 'macro_region', 'region', 'water'];

/**
 * Entity id prefixes that are not specific anchors: places are compared as places, and nationalities
 * (`Russian forces`, `Ukrainian officials`) are in almost every claim.
 */
export const NON_ANCHOR_ENTITY_PREFIXES: readonly string[] = ['place:', 'nationality:'];

/**
 * Figure `about` values that refine one another (`civ` = civilians of unknown nationality matches `UA_civ`).
 * A value matches itself, a null and any value ending with `_` + it.
 */
export const ABOUT_SEPARATOR = '_';

/**
 * Nouns naming a part of the people a figure could count: "three children were among those killed" counts another
 * subject than "23 people were killed" (docs/claim-cluster-guidelines.md), so such counts only match counts of the
 * same group. Read as the word after the figure, or after one modifier ("three young children").
 */
export const SUBGROUP_NOUNS: readonly string[] = ['children', 'child', 'kids', 'babies', 'infants', 'minors', 'teenagers', 'women', 'girls', 'boys', 'journalists', 'medics', 'doctors'];
