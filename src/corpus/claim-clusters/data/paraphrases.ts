/**
 * @module Paraphrase classes of war-news wording, kept as data: words that report the same kind of event, outcome or
 * actor are compared as one word when claims are matched ("missiles struck the mall" ≈ "a rocket hit the shopping
 * centre"). Classes hold plain English words (any inflection); they are normalised with the claim tokeniser when
 * loaded. A class is named by its key; it must not join words whose claims a fact-checker would check separately
 * (killed and wounded stay apart, as do captured and withdrew).
 */

/** Class name → member words. */
export const PARAPHRASE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  attack: ['attack', 'attacks', 'attacked', 'strike', 'strikes', 'struck', 'hit', 'hits', 'shelling', 'shelled', 'shell', 'bombing', 'bombed', 'bombardment', 'bombarded', 'barrage', 'volley', 'raid', 'raids', 'airstrike', 'airstrikes', 'assault', 'pounded', 'pounding'],
  weapon: ['missile', 'missiles', 'rocket', 'rockets', 'projectile', 'projectiles'],
  killed: ['killed', 'kill', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'dying', 'toll', 'fatalities', 'lives'],
  wounded: ['wounded', 'injured', 'injuries', 'injuring', 'hurt', 'casualty'],
  mall: ['mall', 'shopping'],
  withdraw: ['withdraw', 'withdrawing', 'withdrawal', 'withdrew', 'retreat', 'retreated', 'retreating', 'regroup', 'regrouping', 'pullback', 'pulled'],
  flee: ['flee', 'fled', 'fleeing', 'refugee', 'refugees', 'displaced', 'exodus'],
  retake: ['liberated', 'liberate', 'liberating', 'liberation', 'recaptured', 'retook', 'retaken', 'regained', 'regaining', 'reclaimed'],
  capture: ['captured', 'capture', 'seized', 'seize', 'occupied', 'overran'],
  deport: ['deport', 'deported', 'deporting', 'deportation', 'deportations', 'forcibly', 'relocated', 'filtration'],
  prisoner: ['prisoner', 'prisoners', 'pow', 'pows', 'detainees', 'captives'],
  prison: ['prison', 'jail', 'penitentiary', 'colony', 'barracks', 'detention'],
  reinforce: ['reinforcements', 'reinforce', 'reinforcing', 'reserves', 'reservists', 'reserve'],
  mobilise: ['mobilisation', 'mobilization', 'mobilise', 'mobilize', 'mobilised', 'mobilized', 'conscription', 'conscripts', 'draft', 'drafted'],
  troops: ['troops', 'soldiers', 'servicemen', 'forces', 'army', 'military', 'units'],
  nuclear: ['nuclear', 'atomic'],
  annex: ['annex', 'annexation', 'annexed', 'integrate', 'integration', 'incorporate', 'incorporation', 'referendum', 'referendums'],
  talks: ['talks', 'negotiations', 'negotiate', 'negotiating', 'summit'],
  complete: ['complete', 'completed', 'accomplished', 'achieved', 'fulfilled'],
  destroyed: ['destroyed', 'ruined', 'ruins', 'razed', 'flattened', 'ashes'],
  buildup: ['buildup', 'accumulation', 'massing', 'amassing', 'concentration', 'reorganizing', 'reorganising', 'readies'],
  investigate: ['investigation', 'investigations', 'investigate', 'inquiry', 'probe', 'fact-finding'],
};
