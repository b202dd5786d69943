/** @module Function words and newsroom filler ignored when comparing articles and claims by their content words. */

/** English function words, reporting verbs and war-news filler that carry no event identity. */
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he',
  'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'me',
  'more', 'most', 'my', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours',
  'out', 'over', 'own', 'same', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'you', 'your', 'yours', 'yet', 'per', 'via', 'amid', 'among', 'upon', 'within', 'without', 'since', 'ago',
  // reporting and hedging verbs
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'according', 'report', 'reports', 'reported', 'reportedly',
  'claim', 'claims', 'claimed', 'state', 'states', 'stated', 'add', 'adds', 'added', 'note', 'noted', 'announce',
  'announced', 'confirm', 'confirmed', 'believe', 'believed', 'accord',
  // newsroom filler
  'news', 'live', 'update', 'updates', 'latest', 'breaking', 'video', 'watch', 'photo', 'photos', 'day', 'days',
  'week', 'weeks', 'year', 'years', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'one', 'two', 'new', 'first', 'last', 'people', 'war',
];
