/** @module Boilerplate line patterns for plain-text cleaning: each whole-line pattern carries a reason code. */

/** A boilerplate rule: when `pattern` matches a trimmed line (no longer than `maxChars`), the line is removed with `reason`. */
export interface LineRule {
  reason: string;
  pattern: RegExp;
  /** Lines longer than this are never removed by the rule (prose safety). */
  maxChars: number;
  /** The line is a syndication note: its text goes to `meta.syndication`. */
  syndication?: boolean;
}

const SHORT = 120;
const MEDIUM = 300;
const LONG = 1200;

/** Whole-line boilerplate rules, tried in order; the first match decides the reason. */
export const LINE_RULES: readonly LineRule[] = [
  // Appeals for money or subscriptions.
  { reason: 'support-appeal', maxChars: SHORT, pattern: /^(?:like what you['’]re reading\??[\s!.]*)?(?:please )?support us[.!]*$/i },
  { reason: 'support-appeal', maxChars: SHORT, pattern: /^like what you['’]re reading\?.*(?:support|donate|subscribe)\b.*$/i },
  { reason: 'support-appeal', maxChars: SHORT, pattern: /^(?:please )?(?:support|fund) (?:our|independent) (?:journalism|reporting|work)\b.*$/i },
  { reason: 'support-appeal', maxChars: SHORT, pattern: /^(?:donate|subscribe|become a (?:member|patron|supporter|subscriber))(?: now| today| here)?[.!]*$/i },
  // Newsletter and sign-up boxes.
  { reason: 'newsletter', maxChars: MEDIUM, pattern: /^(?:sign up|subscribe)(?: now)? (?:to|for) (?:our|the|a) .{0,60}newsletters?\b.*$/i },
  { reason: 'newsletter', maxChars: MEDIUM, pattern: /^(?:get|receive) (?:the latest|our|breaking) .{0,80}(?:delivered )?(?:to|in) your inbox\b.*$/i },
  { reason: 'newsletter', maxChars: SHORT, pattern: /^(?:enter your email(?: address)?|your email address|invalid email|thank you for subscribing|something went wrong, please try again later)[.!:]*$/i },
  // Consent and privacy text around sign-up boxes.
  { reason: 'consent', maxChars: LONG, pattern: /^we use your sign-up to provide content\b.*$/i },
  { reason: 'consent', maxChars: MEDIUM, pattern: /^by (?:signing up|subscribing|clicking (?:on )?["“]?(?:sign up|subscribe)["”]?)(?:,| you) .*(?:privacy (?:policy|notice)|terms)\b.*$/i },
  { reason: 'consent', maxChars: MEDIUM, pattern: /^(?:this (?:site|website) uses cookies|we use cookies)\b.*$/i },
  // Comment sections.
  { reason: 'comment-prompt', maxChars: SHORT, pattern: /^(?:leave a (?:reply|comment)|notify of|be the first to comment|post a comment|add a comment|join the (?:conversation|discussion)|view comments|show comments|comments?|\d+ comments?|newest|oldest|most voted|inline feedbacks|view all comments|you must be logged in to post a comment\.?|log in to comment)[.!:]*$/i },
  { reason: 'comment-prompt', maxChars: MEDIUM, pattern: /^this site uses akismet to reduce spam\..*$/i },
  { reason: 'comment-prompt', maxChars: SHORT, pattern: /^(?:cancel reply|your email address will not be published\.?.*|required fields are marked.*)$/i },
  // Share bars.
  { reason: 'share-bar', maxChars: SHORT, pattern: /^(?:share(?: this)?(?: article| story| post| page)?(?: on)?|share via|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest)(?:\s*(?:[|·•,/]\s*)?(?:share|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print|copy link|tweet))*[.:]*$/i },
  { reason: 'share-bar', maxChars: 160, pattern: /^(?:follow|join) (?:us|our (?:channel|page|coverage)|\p{Lu}[\p{L}\p{N} .&'’-]{1,40}) on (?:twitter|x|facebook|telegram|instagram|youtube|tiktok|google news|whatsapp)\b.*$/iu },
  // Agency credit lines at the end of wire copy.
  { reason: 'credits', maxChars: 300, pattern: /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ee]dited|[Gg]raphics|[Rr]esearch) by \p{Lu}.*$/u },
  { reason: 'copyright', maxChars: SHORT, pattern: /^our standards:.*trust principles\.?$/i },
  // Video and audio links.
  { reason: 'video-link', maxChars: 160, pattern: /^(?:watch|video|listen|live updates?)\s*[:|]\s*\S.*$/i },
  // Copyright footers.
  { reason: 'copyright', maxChars: LONG, pattern: /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}\b.*|.*\ball rights reserved\b.*|.*\bunauthori[sz]ed use\b.*)$/i },
  { reason: 'copyright', maxChars: MEDIUM, pattern: /^all rights reserved\.?$/i },
  // Syndication notes.
  { reason: 'syndication', syndication: true, maxChars: SHORT, pattern: /^source:\s*read (?:the )?full article\.?$/i },
  { reason: 'syndication', syndication: true, maxChars: MEDIUM, pattern: /^the following article,? .{1,250}?,? was (?:first|originally) published (?:on|by|in|at) .+$/i },
  { reason: 'syndication', syndication: true, maxChars: MEDIUM, pattern: /^this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published) (?:on|in|at|by) .+$/i },
  { reason: 'syndication', syndication: true, maxChars: SHORT, pattern: /^(?:originally|first) published (?:on|in|at|by) .+$/i },
  { reason: 'syndication', syndication: true, maxChars: SHORT, pattern: /^(?:republished|reprinted) (?:with permission )?(?:from|by) .+$/i },
  // Teaser headlines tagged like `… [NEWS]` outside a list heading.
  { reason: 'related-list', maxChars: 200, pattern: /^.{8,}[\s\u00a0]\[(?:NEWS|REVEAL|COMMENT|INSIGHT|LATEST|VIDEO|PICTURES|PICS|PHOTOS|ANALYSIS|POLL|LIVE|UPDATE|EXPLAINED|MAP|MAPPED|REPORT|OPINION|INTERVIEW|EXCLUSIVE|QUIZ|LISTEN|WATCH|LIVE BLOG)\]$/ },
  // Read-more links and reading-position notes.
  { reason: 'read-more', maxChars: MEDIUM, pattern: /^(?:you were reading|continue reading|read (?:the )?(?:full|original) (?:article|story)|click here to read more|read more|also read|see also|related)\s*[:\-–—]\s*.+$/i },
  { reason: 'read-more', maxChars: SHORT, pattern: /^(?:continue reading|read (?:the )?(?:full|original) (?:article|story)|click here to read more)(?:\s*(?:\.\.\.|…|»|→|>>))?[.!]*$/i },
  // Date labels without a sentence.
  {
    reason: 'published-label',
    maxChars: 80,
    pattern:
      /^(?:published|updated|posted|last updated|first published)(?: on| at)?:?(?:[\d\s,.:/+-]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|est|edt|cet|cest|msk|eet|eest|et|pt|ago|hours?|minutes?|mins?|days?|at|on|an?)\b)*$/i,
  },
  // Photo credits on their own line.
  { reason: 'photo-credit', maxChars: SHORT, pattern: /^(?:(?:featured |top |main )?(?:image|photo|picture|video|photograph)s?(?: credits?| source| by)?|credits?)\s*[:：]\s*\S.{0,100}$/i },
  { reason: 'photo-credit', maxChars: SHORT, pattern: /^(?:\(?(?:AP|AFP|Reuters|EPA|Getty|Getty Images|Shutterstock|Alamy|Anadolu|TASS|Sputnik|Pool)(?: Photo)?\s*\/\s*[\p{L} .'’-]{2,60}\)?)$/u },
  // Navigation and ads.
  { reason: 'navigation', maxChars: SHORT, pattern: /^(?:click here\b.*|loading\.*|please enable javascript\b.*|home|menu|search|skip to (?:main )?content|toggle navigation|back to top|next article|previous article|advertisement|story continues below(?: advertisement)?|scroll to continue(?: with content)?|sponsored(?: content)?)[.:]*$/i },
  { reason: 'breadcrumb', maxChars: SHORT, pattern: /^home\s*(?:[>»/|›]\s*[^>»/|›]{1,40}){1,6}$/i },
];

/** Caption endings: a line that ends with a photo credit is a caption (the whole line goes). */
export const CAPTION_END_PATTERNS: readonly RegExp[] = [
  /(?:^|[.)|–—-]\s+|\s{2,}|\()(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|SOPA Images|Anadolu(?: Agency)?|TASS|Sputnik|Pool|Xinhua|Ukrinform|UNIAN)\s*\/\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}(?:\s*\/\s*(?:File(?: Photo)?|Pool|Handout|[\p{Lu}][\p{L}]*))*\)?\.?$/u,
  /(?:^|[.)|–—-]\s+|\s{2,}|\()[\p{L}\p{N} .'’-]{0,40}\b(?:via|for|\/) Getty Images\)?\.?$/u,
  /\(AP Photo\/[^)]{2,80}\)\.?$/,
  /\b(?:Image|Photo|Picture|Photograph) ?(?:credit|courtesy)?\s*:\s*[^.:]{2,80}$/,
  /\((?:Photo|Image|Picture)(?: by| credit:?|:)\s*[^)]{2,80}\)\.?$/i,
];

/** Captions are at most this long (longer lines ending in a credit are still prose). */
export const CAPTION_MAX_CHARS = 600;

/**
 * List headings: the heading and the headline-like lines under it are removed as `related-list`
 * (until a line that looks like body prose).
 */
export const LIST_HEADING_PATTERN =
  /^(?:related(?: articles| stories| news| posts| content| coverage| reading| links)?|latest(?: articles| news| stories| posts| videos)?|more like this|more (?:stories|articles|news|videos)(?: from [\p{L} .'’&-]{1,40})?|more from [\p{L} .'’&-]{1,40}|don['’]t miss(?: this)?|do not miss|read more|read next|read also|also read|see also|most (?:popular|read|viewed|shared)|popular(?: now| stories| articles)?|trending(?: now| stories)?|top stories|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|be interested in)|editor['’]?s picks|what to read next|in (?:other|related) news)\s*[:.!]*$/iu;

/** Teaser tags such as `[NEWS]`, `[COMMENT]`, `[REVEAL]` end a related-list item. */
export const TEASER_TAG_PATTERN = /\[(?:[A-Z][A-Z '’-]{1,20})\]\s*$/;

/** Lines ending in an ellipsis are teasers (cut-off summaries). */
export const TEASER_ELLIPSIS_PATTERN = /(?:\.\.\.|…)\s*$/;

/** A first line that glues a breadcrumb "Home" to the title: `HomeAs Putin's Army…`. */
export const GLUED_HOME_PATTERN = /^Home(?=\p{Lu})/u;
