/** @module Word rewrites that make different spellings of one source name meet (`Ukraine's General Staff` = `General Staff of the Armed Forces of Ukraine`). */

/** Demonyms and spelling variants rewritten to one form before a source name becomes an origin key. */
export const SOURCE_WORD_REWRITES: Readonly<Record<string, string>> = {
  ukrainian: 'ukraine',
  russian: 'russia',
  russias: 'russia',
  ukraines: 'ukraine',
  american: 'us',
  usa: 'us',
  british: 'uk',
  britain: 'uk',
  belarusian: 'belarus',
  defense: 'defence',
  mod: 'ministry defence',
  un: 'united nations',
  unhcr: 'united nations refugee agency',
  gen: 'general',
};

/** Words dropped from source names: they vary between renderings without changing who speaks. */
export const SOURCE_DROP_WORDS: readonly string[] = ['armed', 'forces', 'force', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'service', 'office', 'federation', 'national', 'high', 'commissioner', 'agency', 'for', 'and', 'in', 'on'];
