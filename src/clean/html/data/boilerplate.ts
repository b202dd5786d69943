/** @module Boilerplate vocabulary for the HTML cleaner, kept as plain data: class/id tokens, tag lists and short-text cues, each with the removal reason it stands for. */

/** Elements removed outright before any scoring (never article text). */
export const DROP_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'iframe', 'svg', 'form', 'template', 'object', 'embed', 'canvas',
  'button', 'select', 'input', 'textarea', 'link', 'meta', 'video', 'audio', 'map', 'dialog',
];

/** Page-structure elements removed with a reason (header only when outside the article). */
export const STRUCTURE_TAGS: Readonly<Record<string, string>> = {
  nav: 'navigation',
  footer: 'footer',
  aside: 'related-list',
  header: 'header',
  figcaption: 'caption',
  menu: 'navigation',
};

/**
 * Class/id tokens that mark boilerplate blocks, grouped by the removal reason.
 * A token matches a whole class/id word or a `-`/`_`-separated part run (`share` matches `share-bar`, `post_share`).
 */
export const BOILERPLATE_TOKENS: ReadonlyArray<{ reason: string; tokens: readonly string[] }> = [
  { reason: 'navigation', tokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'masthead', 'skip-link', 'pagination', 'pager', 'sidebar', 'toolbar', 'topbar'] },
  { reason: 'share-bar', tokens: ['share', 'sharing', 'sharebar', 'social-links', 'social-icons', 'social-buttons', 'social-bar', 'social-media-links', 'share-bar', 'social-share', 'shares', 'addthis', 'sharethis', 'follow-us'] },
  { reason: 'related-list', tokens: ['related', 'recommended', 'recommendations', 'more-stories', 'read-more', 'readmore', 'most-popular', 'popular', 'trending', 'outbrain', 'taboola', 'also-read', 'read-next', 'next-article', 'more-from', 'further-reading', 'tags', 'tag-list', 'taglist'] },
  { reason: 'newsletter', tokens: ['newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'paywall', 'promo', 'cta', 'inline-promo', 'registration'] },
  { reason: 'comment-prompt', tokens: ['comment', 'comments', 'disqus', 'respond', 'reply', 'discussion'] },
  { reason: 'caption', tokens: ['caption', 'wp-caption-text', 'credit', 'image-credit', 'photo-credit', 'media-credit', 'getty'] },
  { reason: 'advert', tokens: ['ad', 'ads', 'advert', 'advertisement', 'adslot', 'ad-slot', 'ad-container', 'sponsor', 'sponsored', 'dfp', 'banner'] },
  { reason: 'byline', tokens: ['byline', 'author-bio', 'author-info', 'about-author', 'article-meta', 'post-meta', 'entry-meta', 'dateline-meta', 'timestamp'] },
  { reason: 'copyright', tokens: ['copyright', 'legal', 'disclaimer'] },
  { reason: 'hidden', tokens: ['hidden', 'visually-hidden', 'sr-only', 'screen-reader-text', 'offscreen', 'modal', 'popup', 'overlay', 'rollover', 'tooltip', 'popover', 'hovercard', 'cookie', 'cookies', 'consent', 'gdpr'] },
];

/**
 * Tokens a boilerplate rule may never use: they name the article itself on many sites
 * (`article-content`, `post-body`), so matching them would delete the text we want.
 */
export const OVER_BROAD_TOKENS: readonly string[] = [
  'article', 'content', 'main', 'body', 'post', 'entry', 'text', 'story', 'page', 'container', 'wrapper', 'wrap', 'inner', 'outer',
  'section', 'row', 'col', 'column', 'block', 'item', 'grid', 'layout', 'site', 'news', 'blog', 'copy', 'rich-text', 'prose',
];

/** Selectors for the article container, best first (a match holding enough text is taken as the fast extractor's root). */
export const ARTICLE_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  'article',
  '[role="main"]',
  'main',
];

/** Class/id word parts that hint a content container (a score bonus, never a requirement). */
export const CONTENT_HINTS: readonly string[] = ['article', 'content', 'body', 'story', 'entry', 'post', 'text', 'main', 'prose', 'rich'];

/** Short-block text cues (whole block, case-insensitive) that mark boilerplate inside the article container. */
export const SHORT_TEXT_CUES: ReadonlyArray<{ reason: string; pattern: string }> = [
  { reason: 'share-bar', pattern: '^(share( this( article| story)?)?|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit|pinterest)( [|·•] ?.*)?$' },
  { reason: 'newsletter', pattern: '\\b(sign up|subscribe)\\b.{0,60}\\bnewsletters?\\b|^get (our|the) .{0,40}newsletter|^subscribe( now| today)?[.!]?$|^subscribe to .{1,60} and (stay|get)' },
  { reason: 'comment-prompt', pattern: '^(\\d+ )?comments?$|^(leave|post|add|show|view|read) (a |the )?(comment|comments|reply)|^join the (conversation|discussion)' },
  { reason: 'copyright', pattern: '^(©|\\(c\\)|copyright ©?)\\s?\\d{4}|all rights reserved\\.?$|contents of this site are ©|^this (document|article|material) is subject to copyright' },
  { reason: 'caption', pattern: '(photo|image|picture)s?\\b.{0,40}©|©.{0,60}\\b(photo|getty|reuters|afp|ap)\\b' },
  { reason: 'caption', pattern: '^©\\s?\\p{Lu}[\\p{L}.\\s/-]{1,60}$' },
  { reason: 'caption', pattern: '^(photo|image|picture|illustration|video)( credit)?:|\\((photo|image|picture): [^)]{1,80}\\)$|^(getty images|ap photo|reuters/|afp via getty)' },
  { reason: 'related-list', pattern: '^(read more|related|see also|more on this|recommended|you may also like|also read|read next|most read|related articles?|related stories|more stories|don.t miss|top stories|tags|trending( now)?|most popular|popular stories|latest news|more from|explore further)\\b:?' },
  { reason: 'advert', pattern: '^(advertisement|advert|sponsored( content| links?)?|ad|ads by \\S+|story continues below( advertisement)?)$' },
  { reason: 'caption', pattern: '^(image|photo|picture|slide) \\d+ (of|/) \\d+$' },
  { reason: 'share-bar', pattern: '\\bfollow (us|him|her|me|them)\\b.{0,40}\\bon (twitter|facebook|instagram)|^(email|follow) .{0,60}@\\w+' },
  { reason: 'comment-prompt', pattern: '^tell us what you think|^what do you think\\?|^have your say' },
];

/**
 * Short headings after which the rest of a container is related material (whole block, case-insensitive).
 * Only honoured once most of the body is already out, so a lede is never cut.
 */
export const TAIL_STOP_CUES: readonly string[] = [
  '^(top|related|more|recommended|popular|trending|latest|other|similar) (stories|articles|news|posts|reads|videos|coverage)[:.]?$',
  '^(you (may|might) (also )?(like|enjoy|be interested in)|read next|most read|most popular|more from [^.]{1,40}|also (read|on [^.]{1,30}))[:.…]*$',
];
