/** @module Word lists for reading a news outlet's host name as a home region: generic newspaper words and host-name parts. */

/**
 * Generic words of newspaper titles, lower case: what is left of a host name after them may be a place
 * (`palestineherald` → `palestine`, `springfieldnewssun` → `springfield`). Words shorter than a place name (`the`, `sun`)
 * are listed too, since a host name must be covered entirely by these words and place names.
 */
export const OUTLET_WORDS: readonly string[] = [
  // articles and connectors
  'the', 'and', 'of', 'in', 'on', 'my', 'our', 'your', 'this', 'is',
  // titles of newspapers
  'advertiser', 'advocate', 'argus', 'banner', 'beacon', 'bee', 'blade', 'bugle', 'bulletin', 'call', 'chronicle', 'citizen',
  'clarion', 'constitution', 'courant', 'courier', 'daily', 'dealer', 'democrat', 'dispatch', 'eagle', 'echo', 'enquirer',
  'examiner', 'express', 'freepress', 'free', 'gazette', 'globe', 'guardian', 'herald', 'independent', 'inquirer',
  'intelligencer', 'item', 'journal', 'leader', 'ledger', 'mail', 'mercury', 'messenger', 'mirror', 'monitor', 'news',
  'newspaper', 'newspapers', 'observer', 'patriot', 'pilot', 'pioneer', 'plain', 'post', 'press', 'progress', 'record',
  'recorder', 'register', 'reporter', 'republic', 'republican', 'review', 'sentinel', 'standard', 'star', 'statesman',
  'sun', 'telegram', 'telegraph', 'times', 'time', 'transcript', 'tribune', 'union', 'voice', 'weekly', 'world',
  // other words of news sites
  'area', 'city', 'county', 'edition', 'home', 'hometown', 'info', 'inside', 'live', 'local', 'media', 'metro', 'morning',
  'evening', 'sunday', 'net', 'now', 'online', 'radio', 'report', 'state', 'talk', 'today', 'town', 'web', 'week', 'wire',
];

/** Host-name labels that are never part of a title (`www.`, mobile and language sub-domains). */
export const HOST_NOISE_LABELS: readonly string[] = ['www', 'www2', 'm', 'mobile', 'amp', 'en', 'edition', 'news', 'feeds', 'rss'];

/** Second-level labels of country domains (`.co.uk`, `.com.lb`, `.org.eg`): dropped with the country code. */
export const SECOND_LEVEL_LABELS: readonly string[] = ['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'nic', 'info'];

/** Country-code domains widely used by sites of any country (`.tv`, `.io`, `.fm`): no country prior. */
export const GENERIC_CCTLDS: readonly string[] = ['tv', 'io', 'fm', 'am', 'me', 'co', 'ly', 'ws', 'cc', 'to', 'ai', 'gg', 'eu', 'nu', 'tk', 'info'];

/** Country-code domains whose ISO code differs (`.uk` → GB). */
export const CCTLD_COUNTRY: Readonly<Record<string, string>> = { uk: 'GB' };
