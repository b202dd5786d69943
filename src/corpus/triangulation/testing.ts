/** @module Hand-built documents for the triangulation tests: a contested pair, a denied strike, a corroborated loss and a lone claim. */

import type { Document } from '../../core/doc.js';
import { claimDoc, type ClaimDocSpec } from '../claim-clusters/testing.js';

const killed = (id: string, outlet: string, published: string, side: 'RU' | 'UA', source: string, n: number): ClaimDocSpec => ({
  id, outlet, published, side,
  text: `${source} said ${n} Ukrainian soldiers were killed near Bakhmut.`,
  content: `${n} Ukrainian soldiers were killed near Bakhmut`,
  source: { text: source },
  figures: [{ text: String(n), low: n, high: n, category: 'killed', about: 'UA' }],
  places: ['Bakhmut'],
  key: 'ukraine|loss|bakhmut|-|killed',
});

const strike = (id: string, outlet: string, published: string, side: 'RU' | 'UA', source: string, denial: boolean): ClaimDocSpec => ({
  id, outlet, published, side,
  text: `${source} ${denial ? 'denied that' : 'said'} a missile struck the shopping centre in Kremenchuk.`,
  content: 'a missile struck the shopping centre in Kremenchuk',
  source: { text: source },
  denial,
  places: ['Kremenchuk'],
  key: 'russia|strike|kremenchuk|-|-',
});

const tanks = (id: string, outlet: string, published: string, source: string): ClaimDocSpec => ({
  id, outlet, published, side: 'UA',
  text: `${source} said Russia had lost 300 tanks since the invasion began.`,
  content: 'Russia had lost 300 tanks since the invasion began',
  source: { text: source },
  figures: [{ text: '300', low: 300, high: 300, category: 'tanks', about: 'RU' }],
  key: 'russia|loss|-|-|tanks',
});

/**
 * Seven one-claim documents: a contested death toll (RU vs UA, same day), a strike claimed then denied, tank losses
 * reported by two independent sources, and a lone statement.
 * @returns Fresh documents (callers may mutate them).
 */
export function triangulationDocs(): Document[] {
  const specs: ClaimDocSpec[] = [
    killed('ru-killed', 'tass.ru', '2022-06-01', 'RU', 'The Russian Defence Ministry', 600),
    killed('ua-killed', 'kyivindependent.com', '2022-06-01', 'UA', 'Ukrainian officials', 40),
    strike('ua-mall', 'ukrinform.net', '2022-06-27', 'UA', 'President Zelensky', false),
    strike('ru-mall', 'rt.com', '2022-06-28', 'RU', 'The Russian Defence Ministry', true),
    tanks('gs-tanks', 'ukrinform.net', '2022-04-10', 'The General Staff'),
    tanks('isw-tanks', 'bbc.co.uk', '2022-04-10', 'The Institute for the Study of War'),
    {
      id: 'lone', outlet: 'bbc.co.uk', published: '2022-09-01', side: 'WEST',
      text: 'The Pentagon said grain exports from Odesa resumed after the deal.',
      content: 'grain exports from Odesa resumed after the deal',
      source: { text: 'The Pentagon' },
      places: ['Odesa'],
      key: 'grain|resume|odesa|-|-',
    },
  ];
  return specs.map(claimDoc);
}
