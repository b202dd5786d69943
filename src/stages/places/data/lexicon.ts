/** @module Word lists for toponym recognition: common-word collisions, generic heads, organisation heads, connectors. */

/** Capitalised words that are never taken as a place on their own (months, weekdays, function words, news vocabulary, demonyms). */
export const STOPWORDS: readonly string[] = [
  // months, weekdays, seasons, holidays
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow', 'yesterday',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter', 'halloween', 'thanksgiving',
  // function words and pronouns
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet',
  'if', 'then', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'where', 'when', 'what', 'who', 'why', 'how',
  'he', 'she', 'it', 'we', 'they', 'you', 'i', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'us', 'them',
  'all', 'any', 'some', 'most', 'many', 'much', 'more', 'few', 'each', 'every', 'both', 'either', 'neither', 'no', 'not',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last', 'next',
  'after', 'before', 'during', 'since', 'until', 'while', 'about', 'above', 'below', 'over', 'under', 'between', 'among',
  'into', 'onto', 'out', 'up', 'down', 'off', 'near', 'along', 'across', 'around', 'against', 'without', 'within', 'via',
  'also', 'only', 'just', 'even', 'still', 'again', 'already', 'however', 'meanwhile', 'although', 'though', 'because',
  'according', 'despite', 'instead', 'other', 'another', 'such', 'same', 'very', 'well', 'now', 'then', 'later', 'earlier',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'shall', 'might', 'must', 'may', 'let', 'yes', 'ok', 'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'ft',
  // news vocabulary that doubles as small place names
  'reading', 'nice', 'split', 'mobile', 'police', 'army', 'navy', 'union', 'independence', 'liberty', 'victory', 'progress',
  'friendship', 'hope', 'unity', 'justice', 'freedom', 'peace', 'commerce', 'industry', 'energy', 'enterprise', 'mission',
  'paradise', 'eden', 'temple', 'church', 'bridge', 'bridges', 'park', 'parks', 'home', 'house', 'center', 'centre', 'city',
  'state', 'states', 'county', 'government', 'president', 'minister', 'general', 'governor', 'mayor', 'senator', 'judge',
  'sheriff', 'officer', 'captain', 'colonel', 'major', 'sergeant', 'lieutenant', 'commander', 'chief', 'king', 'queen',
  'prince', 'princess', 'lord', 'pope', 'bishop', 'father', 'mother', 'brother', 'sister', 'son', 'daughter', 'man', 'woman',
  'people', 'news', 'report', 'reports', 'press', 'post', 'times', 'day', 'week', 'month', 'year', 'time', 'world', 'earth',
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'middle',
  'new', 'old', 'great', 'little', 'big', 'long', 'high', 'good', 'best', 'better', 'fine', 'hell', 'god', 'jesus', 'christ',
  'republic', 'federation', 'kingdom', 'empire', 'council', 'court', 'office', 'ministry', 'department', 'agency', 'service',
  'forces', 'force', 'guard', 'border', 'front', 'command', 'staff', 'school', 'college', 'university', 'hospital', 'station',
  'airport', 'port', 'bay', 'beach', 'lake', 'river', 'mountain', 'valley', 'island', 'islands', 'hill', 'hills', 'rock',
  'story', 'photo', 'video', 'update', 'live', 'breaking', 'read', 'more', 'click', 'share', 'comment', 'comments', 'advertisement',
  'media', 'online', 'email', 'twitter', 'facebook', 'telegram', 'google', 'apple', 'amazon', 'microsoft', 'tesla',
  'deal', 'trade', 'market', 'bank', 'money', 'gas', 'oil', 'power', 'water', 'fire', 'gold', 'silver', 'iron', 'steel',
  'sale', 'sales', 'price', 'value', 'rich', 'young', 'early', 'late', 'short', 'strong', 'early', 'many', 'half', 'whole',
  'welcome', 'thank', 'thanks', 'please', 'sorry', 'hello', 'hi', 'dear', 'why', 'note', 'see', 'says', 'said', 'told', 'asked',
  'boom', 'bang', 'ban', 'bar', 'buy', 'sell', 'need', 'help', 'aid', 'support', 'attack', 'strike', 'war', 'battle', 'defence',
  'defense', 'security', 'intelligence', 'military', 'national', 'international', 'global', 'local', 'public', 'private',
  'social', 'human', 'rights', 'health', 'education', 'life', 'love', 'faith', 'grace', 'charity', 'joy', 'harmony', 'concord',
  'alliance', 'success', 'plenty', 'bliss', 'content', 'normal', 'ideal', 'fair', 'hazard', 'chance', 'wing', 'flag', 'star',
  'sun', 'moon', 'sky', 'rain', 'snow', 'storm', 'wind', 'ice', 'frost', 'stone', 'wood', 'woods', 'forest', 'field', 'fields',
  'garden', 'gardens', 'green', 'white', 'black', 'red', 'blue', 'brown', 'gray', 'grey', 'orange', 'pink', 'golden',
  'english', 'french', 'german', 'spanish', 'italian', 'latin', 'african', 'asian', 'european', 'american', 'russian',
  'ukrainian', 'soviet', 'western', 'british', 'chinese', 'japanese', 'indian', 'arab', 'jewish', 'muslim', 'christian',
  'catholic', 'orthodox', 'islamic', 'kurdish', 'turkish', 'polish', 'belarusian', 'georgian', 'chechen', 'crimean',
  'ukrainians', 'russians', 'americans', 'europeans', 'soviets', 'nato', 'eu', 'un', 'uefa', 'fifa', 'olympic', 'olympics',
  'internet', 'web', 'page', 'site', 'title', 'image', 'photos', 'videos', 'source', 'sources', 'data', 'map', 'maps',
  'vice', 'deputy', 'acting', 'former', 'chairman', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'seen', 'asked',
  'cut', 'hit', 'run', 'win', 'lose', 'goal', 'game', 'games', 'team', 'club', 'cup', 'league', 'match', 'score',
];

/** Heads that, directly after a stem, select a first-level region (`Odesa region`, `Rivne oblast`). */
export const REGION_HEADS: readonly string[] = ['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'krai', 'governorate', 'Region', 'Oblast', 'Province', 'Krai'];

/** Heads that stay inside the span and keep the populated place (`Kherson City`, `Bakhmut district`). */
export const PLACE_HEADS: readonly string[] = ['City', 'city', 'district', 'districts', 'raion', 'hromada', 'District', 'Raion', 'Township', 'township', 'Borough', 'Village', 'Town'];

/** Heads of second-level units that we keep in the span and resolve by context (`Rapides Parish`, `Fulton County`). */
export const COUNTY_HEADS: readonly string[] = ['County', 'Parish', 'Counties', 'Parishes'];

/** Capitalised words that may follow a toponym inside a government, military or event name: the toponym still counts. */
export const GOVERNMENT_FOLLOWERS: readonly string[] = [
  'Army', 'Navy', 'Air', 'Armed', 'Forces', 'Force', 'Government', 'Ministry', 'Defence', 'Defense', 'President', 'Presidential',
  'Prime', 'Minister', 'Foreign', 'General', 'Governor', 'Mayor', 'Council', 'Parliament', 'Senate', 'Congress', 'Embassy',
  'Ambassador', 'Conference', 'Memorandum', 'Agreement', 'Accords', 'Accord', 'Summit', 'Police', 'Department', 'Secretary',
  'Security', 'Border', 'Guard', 'National', 'Military', 'Marine', 'Marines', 'Coast', 'Supreme', 'Federal', 'Administration',
  'State', 'Interior', 'Emergency', 'Emergencies', 'Prosecutor', "Prosecutor's", 'Sheriff', "Sheriff's", 'Fire', 'City',
  'Regional', 'Oblast', 'Region', 'Province', 'County', 'Parish', 'District', 'Special', 'Operations', 'Command', 'Office',
  'Investigative', 'Committee', 'Health', 'Energy', 'Agriculture', 'Treasury', 'Justice', 'Legislature', 'Assembly',
  'Authorities', 'Officials', 'Court', 'Cabinet', 'Duma', 'Rada', 'Verkhovna', 'Coalition', 'Delegation', 'Mission',
  'Peninsula', 'Strait', 'Sea', 'River', 'Oblast’s', 'Public', 'Schools', 'School', 'Board', 'Commission', 'Commissioner',
  'Attorney', 'Airport', 'Railway', 'Railways', 'Port', 'Metro', 'Region’s', 'Province’s', 'House', 'Census', 'Highway',
  'Route', 'Interstate', 'Patrol', 'Service', 'Forest', 'Rep', 'Sen', 'Representative', 'Senator', 'Troops', 'Consulate',
  'Open', 'Games', 'Olympics', 'Treaty', 'Protocol', 'Declaration', 'Format', 'Talks', 'Process', 'Front', 'Operation',
  'Counteroffensive', 'Offensive', 'Direction', 'Axis', 'Grain', 'Initiative', 'Mayor’s', 'Governor’s',
];

/** Capitalised words that, after a toponym, make it part of a media, company or institution name (not a place). */
export const ORG_FOLLOWERS: readonly string[] = [
  'Post', 'Times', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Independent', 'Observer', 'Globe', 'Daily', 'News',
  'Review', 'Insider', 'Mirror', 'Star', 'Sun', 'Chronicle', 'Examiner', 'Inquirer', 'Courier', 'Press', 'Register', 'Bee',
  'Center', 'Centre', 'Institute', 'Foundation', 'Group', 'Company', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Bank', 'Club', 'FC',
  'United', 'Symphony', 'Orchestra', 'Museum', 'Zoo', 'University', 'College', 'Tech', 'Rangers', 'Giants', 'Redskins', 'Mets',
  'Yankees', 'Dynamo', 'Spartak', 'Shakhtar', 'Capitals', 'Kings', 'Lakers', 'Bulls', 'Bears', 'Lions', 'Tigers', 'Braves',
  'Pride', 'Mule', 'Today', 'Journal-Constitution', 'Standard', 'Examiner', 'Magazine', 'Radio', 'TV', 'Television', 'Airlines',
  'Airways', 'Energy', 'Steel', 'Motors', 'Holdings', 'Partners', 'Capital', 'Society', 'Association', 'Chamber', 'Hospital',
  'Library', 'Church', 'Cathedral', 'Hotel', 'Mall', 'Street', 'Avenue', 'Road', 'Boulevard', 'Drive', 'Lane', 'Square',
];

/** Lower-case words allowed inside a multi-word name (`Sea of Azov`, `Rostov-on-Don`, `Isle of Man`). */
export const CONNECTORS: readonly string[] = ['of', 'on', 'upon', 'de', 'del', 'la', 'le', 'du', 'da', 'am', 'an', 'der', 'sur', 'y', 'and', 'the', 'al', 'el', 'es'];

/** Person-title words: a capitalised run after one of these is a person name. */
export const PERSON_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Prof', 'Rev', 'Sir', 'Lady', 'President', 'Governor',
  'Mayor', 'Ambassador', 'Minister', 'Secretary', 'Senator', 'Representative', 'Judge', 'Sheriff', 'Coach', 'Chief', 'Officer', 'Deputy',
];

/** Words after a name that mark it as a person speaking (`Moore said`); big cities stay places (`Moscow said`). */
export const SPEECH_VERBS: readonly string[] = ['said', 'says', 'told', 'added', 'noted', 'explained', 'wrote', 'testified', 'recalled', 'stated'];

/** Capitalised words allowed just before a toponym without making it part of a larger name. */
export const PRECEDER_OK: readonly string[] = [
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Downtown', 'Upper', 'Lower',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Coastal',
  'Rural', 'Suburban', 'Occupied', 'Liberated', 'Russian', 'Ukrainian', 'American', 'British', 'In', 'At', 'On', 'From', 'To', 'The', 'And', 'But',
  'Near', 'Outside', 'Across', 'Around', 'Inside', 'Like', 'Both', 'While', 'When', 'As', 'Of', 'For', 'By', 'With', 'After',
  'Before', 'Since', 'Unlike', 'Meanwhile', 'Then', 'So', 'If', 'Although', 'Though', 'Because', 'Under', 'Over', 'Via',
];

/** Multi-word names that GeoNames lists as alternate names of places but that are landmarks or organisations in news text. */
export const NON_PLACE_NAMES: readonly string[] = [
  'white house', 'red cross', 'red crescent', 'red square', 'the kremlin', 'kremlin', 'pentagon', 'the pentagon', 'capitol hill',
  'downing street', 'wall street', 'silicon valley', 'hollywood', 'vatican', 'holy see', 'european union', 'united nations',
  'security council', 'general assembly', 'state department', 'azovstal', 'maidan', 'independence square', 'wagner',
  'hamas', 'hezbollah', 'taliban', 'congress', 'senate', 'parliament', 'duma', 'rada', 'section', 'chamber', 'delta', 'liberal',
  'eu',
];

/**
 * Cues of US local-news style (regular-expression sources): dollar amounts, `a.m.`/`p.m.` times, abbreviated street types,
 * US state abbreviations after a comma. Each distinct cue found counts once towards the story's US vote.
 */
export const US_STYLE_CUES: readonly string[] = [
  String.raw`\$\d`,
  String.raw`\b\d{1,2}(?::\d\d)? ?[ap]\.m\.`,
  String.raw`\b\d+ (?:[NSEW]\. )?\p{Lu}[\p{L}]+ (?:St|Ave|Blvd|Rd|Dr|Hwy)\.`,
  String.raw`\b(?:City Council|county commissioners|sheriff|Sheriff|state Legislature|school board|School Board|ISD)\b`,
  String.raw`, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.`,
];

/** Inhabitant-name endings and the name endings they replace (`Iowans` → Iowa, `Ontarians` → Ontario, `Texan` → Texas, `Londoner` → London). */
export const INHABITANT_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ians', 'io'],
  ['ans', ''],
  ['ns', ''],
  ['an', 'as'],
  ['n', ''],
  ['ites', ''],
  ['ite', ''],
  ['ers', ''],
  ['er', ''],
];
