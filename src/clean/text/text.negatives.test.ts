/** @module Negatives: prose lines that mention support, comments, sharing, copyright or credits must never be removed. */

import { describe, expect, it } from 'vitest';
import { classifyLine, cleanPlainText } from './index.js';

const PROSE: readonly string[] = [
  'Western allies pledged more support for Ukraine on Thursday.',
  'Please support the humanitarian corridor, the mayor said in a video address.',
  'Officials declined to comment on the report.',
  'Comments from the Kremlin were dismissive.',
  'Leave a reply to the ultimatum, the commander told his officers.',
  'The two leaders agreed to share intelligence on troop movements.',
  'The logo read “© 2022 Gazprom” on the side of the building.',
  'Copyright law in Russia changed after the invasion, lawyers said.',
  'The poll was conducted by Reuters/Ipsos.',
  'Related talks will continue in Brussels next month.',
  'Read more about the decision in the ministry’s statement, he said.',
  'Published reports said the convoy had stalled north of Kyiv.',
  'Updated figures show 15 dead',
  'Posted on Telegram at 10:00, the video showed the strike',
  'Source: the defence ministry, which gave no further details.',
  'By Thursday, Russian forces had withdrawn from the area.',
  'Home to about 400,000 people, the port city has been under siege for weeks.',
  'Photo evidence of the strike was shared widely on Telegram, analysts said.',
  'Is Russia giving up on Kyiv capture?',
  'Zelensky told his followers on Telegram that the city was holding.',
  'Reporting by independent journalists has been restricted since March.',
  'Watch the skies, the mayor told residents: more drones are coming.',
  'He called the move “illegal [and] dangerous” [sic]',
  'The first published estimate put the losses at 15,000.',
];

describe('prose is never boilerplate', () => {
  it.each(PROSE)('%s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });

  it('a whole article of such prose loses nothing', () => {
    const content = ['A Headline', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const r = cleanPlainText(content, { headlineFirstLine: true });
    expect(r.removed).toEqual([]);
    for (const p of PROSE) expect(r.body).toContain(p);
  });
});
