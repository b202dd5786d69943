/** @module Entities list (`/entities?type&q&offset`) and entity page (`/entities/:id`): mentions, role, side, claims by and about. */
import type { EntityMentionRow, EntitySummary, EntityView as EntityData, Page } from '../../../src/apps/server/api-types';
import { SideBadge } from '../components/badges';
import { ClaimTable } from '../components/claim-table';
import { usePageTitle } from '../components/page-title';
import { PagedTable, type Column } from '../components/paged-table';
import { Pager } from '../components/pager';
import { SearchBox } from '../components/search-box';
import { SelectField, type Choice } from '../components/select-field';
import { Async, Empty } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate, fmtNumber, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';

/** Entities per page. */
const PAGE_SIZE = 50;
const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'] as const;
const TYPE_CHOICES: readonly Choice[] = ENTITY_TYPES.map((t) => ({ value: t, label: t.toLowerCase() }));

/** The entities list's columns. */
const ENTITY_COLUMNS: ReadonlyArray<Column<EntitySummary>> = [
  { header: 'Name', cell: (e) => <Link to={route('entities', e.id)}>{e.name}</Link> },
  { header: 'Type', cell: (e) => e.type.toLowerCase() },
  { header: 'Side', cell: (e) => (e.side ? <SideBadge side={e.side} testId="entity-side" /> : <span className="muted">–</span>) },
  { header: 'Mentions', cell: (e) => fmtNumber(e.mentions), numeric: true },
  { header: 'Documents', cell: (e) => fmtNumber(e.documents), numeric: true },
];

/** The entities list. */
export function EntitiesView() {
  usePageTitle('Entities');
  const [params, setParams] = useQueryState();
  const type = params.get('type') ?? '';
  const q = params.get('q') ?? '';
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<Page<EntitySummary>>(withQuery('/api/entities', { type, q, limit: PAGE_SIZE, offset }));
  return (
    <>
      <h1>Entities</h1>
      <div className="filters filters-inline">
        <SearchBox id="ent-q" label="Name" value={q} onSearch={(v) => setParams({ q: v, offset: null })} testId="entities-search" />
        <SelectField id="ent-type" label="Type" value={type} choices={TYPE_CHOICES} onChange={(v) => setParams({ type: v, offset: null })} testId="entities-type" />
      </div>
      <PagedTable
        state={state}
        what="Loading entities"
        empty="No entities match."
        testId="entities-table"
        rowTestId="entity-row"
        rowKey={(e) => e.id}
        onOffset={(o) => setParams({ offset: o || null })}
        columns={ENTITY_COLUMNS}
      />
    </>
  );
}

/** A mention's sentence with the mention itself emphasised (all as text). */
function MentionSentence({ m }: { m: EntityMentionRow }) {
  const s = m.sentence;
  const a = Math.max(0, m.start - s.start);
  const b = Math.min(s.text.length, m.end - s.start);
  if (a >= b || a > s.text.length) return <>{s.text}</>;
  return (
    <>
      {s.text.slice(0, a)}
      <mark>{s.text.slice(a, b)}</mark>
      {s.text.slice(b)}
    </>
  );
}

function EntityBody({ data }: { data: EntityData }) {
  const e = data.entity;
  usePageTitle(e.name);
  return (
    <>
      <h1>
        {e.name} {e.side && <SideBadge side={e.side} testId="entity-side" />}
      </h1>
      <dl className="stats stats-small" data-testid="entity-stats">
        <div className="stat">
          <dt>Type</dt>
          <dd>{e.type.toLowerCase()}</dd>
        </div>
        <div className="stat">
          <dt>Role</dt>
          <dd>{e.role ?? '–'}</dd>
        </div>
        <div className="stat">
          <dt>Mentions</dt>
          <dd>{fmtNumber(e.mentions)}</dd>
        </div>
        <div className="stat">
          <dt>Documents</dt>
          <dd>{fmtNumber(e.documents)}</dd>
        </div>
        <div className="stat">
          <dt>Claims made</dt>
          <dd>{fmtNumber(data.claimsBy.length)}</dd>
        </div>
        <div className="stat">
          <dt>Claims about</dt>
          <dd>{fmtNumber(data.claimsAbout.length)}</dd>
        </div>
      </dl>
      {e.aliases.length > 0 && (
        <p>
          <strong>Also written as:</strong> {e.aliases.join(' · ')}
        </p>
      )}
      <p className="muted">
        Id: <code>{e.id}</code>
      </p>
      <section aria-labelledby="by-h">
        <h2 id="by-h">Claims made by {e.name}</h2>
        <ClaimTable claims={data.claimsBy} empty="No claims with this source." />
      </section>
      <section aria-labelledby="about-h">
        <h2 id="about-h">Claims about {e.name}</h2>
        <ClaimTable claims={data.claimsAbout} empty="No claims mention this entity." />
      </section>
      <section aria-labelledby="mentions-h">
        <h2 id="mentions-h">Mentions</h2>
        {data.mentions.length === 0 ? (
          <Empty>No mentions stored.</Empty>
        ) : (
          <ul className="mention-list" data-testid="entity-mentions">
            {data.mentions.map((m) => (
              <li key={`${m.docId}:${m.start}`}>
                <blockquote>
                  <MentionSentence m={m} />
                </blockquote>
                <span className="muted">
                  <Link to={route('documents', m.docId)}>{m.title ?? m.docId}</Link> · {fmtDate(m.published)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The page of one entity. */
export function EntityView({ id }: { id: string }) {
  usePageTitle('Entity');
  const state = useApi<EntityData>(`/api/entities/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/entities">Entities</Link> › entity
      </p>
      <Async state={state} what="Loading the entity">
        {(data) => <EntityBody data={data} />}
      </Async>
    </>
  );
}
