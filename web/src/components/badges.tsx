/** @module Side and verdict badges: the code as text, coloured by a CSS class shared by every view. */
import type { Side, VerdictLabel } from '../../../src/apps/server/api-types';
import { isSide, sideClass, SIDE_NAMES, VERDICT_NAMES } from '../lib/sides';

/** A side code as a coloured badge, e.g. "RU"; the full name in the tooltip. */
export function SideBadge({ side, testId = 'claim-side' }: { side: Side | string | null | undefined; testId?: string }) {
  if (!side) return <span className="badge side-none">–</span>;
  return (
    <span className={`badge side-badge ${sideClass(side)}`} title={isSide(side) ? SIDE_NAMES[side] : undefined} data-testid={testId} data-side={side}>
      {side}
    </span>
  );
}

/** A verdict label as a badge; "unclustered" when there is none. */
export function VerdictBadge({ verdict }: { verdict: VerdictLabel | null | undefined }) {
  if (!verdict) return <span className="badge verdict-none">unclustered</span>;
  return (
    <span className={`badge verdict verdict-${verdict}`} data-testid="verdict-badge" data-verdict={verdict}>
      {VERDICT_NAMES[verdict] ?? verdict}
    </span>
  );
}

/** Small yes/no flags of a claim. */
export function ClaimFlags({ hedged, denial }: { hedged: boolean; denial: boolean }) {
  return (
    <>
      {hedged && <span className="flag flag-hedge" data-testid="flag-hedged">hedged</span>}
      {denial && <span className="flag flag-denial" data-testid="flag-denial">denial</span>}
    </>
  );
}
