/** @module Map (`/map?from&to&place&lat&lon`): places sized by mentions, a date-range filter, and the claims about the chosen place. */
import { useEffect, useState, type FormEvent } from 'react';
import type { ClaimListItem, Page, PlaceListItem } from '../../../src/apps/server/api-types';
import { ClaimList } from '../components/claim-table';
import { LeafletMap } from '../components/leaflet-map';
import { usePageTitle } from '../components/page-title';
import { Async, Empty, ErrorBox, Loading } from '../components/status';
import { useApi } from '../lib/api';
import { fmtCount, fmtDate, fmtNumber } from '../lib/format';
import { useQueryState, withQuery } from '../lib/router';

/** Most places requested (the API's page limit). */
const PLACE_LIMIT = 500;
/** Claims shown for the chosen place. */
const PLACE_CLAIMS_LIMIT = 50;
/** Places listed in the side panel when none is chosen. */
const TOP_PLACES = 15;

/** The map page. */
export function MapView() {
  usePageTitle('Map');
  const [params, setParams] = useQueryState();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const place = params.get('place');
  const lat = params.get('lat');
  const lon = params.get('lon');
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const places = useApi<Page<PlaceListItem>>(withQuery('/api/places', { from, to, limit: PLACE_LIMIT }));
  const claims = useApi<Page<ClaimListItem>>(place ? withQuery('/api/places/claims', { name: place, lat, lon, from, to, limit: PLACE_CLAIMS_LIMIT }) : null);
  const select = (p: PlaceListItem) => setParams({ place: p.name, lat: p.lat, lon: p.lon });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: draft.from, to: draft.to });
  };
  const items = places.status === 'ok' ? places.data.items : [];
  const chosen = items.find((p) => p.name === place && (lat === null || Math.abs(p.lat - Number(lat)) < 1e-6));

  return (
    <>
      <h1>Map of places</h1>
      <form className="filters filters-inline" onSubmit={apply} aria-label="Date range">
        <div className="field">
          <label htmlFor="map-from">From</label>
          <input id="map-from" type="date" value={draft.from} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} data-testid="map-from" />
        </div>
        <div className="field">
          <label htmlFor="map-to">To</label>
          <input id="map-to" type="date" value={draft.to} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} data-testid="map-to" />
        </div>
        <div className="field field-buttons">
          <button type="submit" className="primary">
            Apply
          </button>
          {(from || to) && (
            <button type="button" onClick={() => setParams({ from: null, to: null })}>
              All dates
            </button>
          )}
        </div>
        <p className="result-count" aria-live="polite">
          {places.status === 'ok' ? `${fmtNumber(places.data.total)} place${places.data.total === 1 ? '' : 's'}` : ''}
        </p>
      </form>
      {places.status === 'error' && <ErrorBox error={places.error} />}
      <div className="map-layout">
        <LeafletMap places={items} selected={place} onSelect={select} />
        <aside className="map-panel" aria-labelledby="map-panel-h" data-testid="map-panel">
          {place ? (
            <>
              <h2 id="map-panel-h">{place}</h2>
              {chosen && (
                <p className="muted">
                  {[chosen.admin1, chosen.country].filter(Boolean).join(', ')} · {fmtCount(chosen.mentions, 'mention')} in {fmtCount(chosen.documents, 'document')} · {fmtDate(chosen.first)}
                  {chosen.last && chosen.last !== chosen.first ? ` – ${fmtDate(chosen.last)}` : ''}
                </p>
              )}
              <button type="button" className="link-button" onClick={() => setParams({ place: null, lat: null, lon: null })}>
                ← All places
              </button>
              <Async state={claims} what="Loading claims about this place">
                {(page) => <ClaimList claims={page.items} caption={`Claims about ${place} (${page.total})`} empty="No claims mention this place." />}
              </Async>
            </>
          ) : (
            <>
              <h2 id="map-panel-h">Most mentioned</h2>
              {places.status === 'loading' && <Loading what="Loading places" />}
              {places.status === 'ok' && items.length === 0 && <Empty>No places in this date range.</Empty>}
              <ol className="place-list">
                {[...items]
                  .sort((a, b) => b.mentions - a.mentions)
                  .slice(0, TOP_PLACES)
                  .map((p) => (
                    <li key={`${p.name}@${p.lat},${p.lon}`}>
                      <button type="button" className="link-button" onClick={() => select(p)} data-testid="place-button">
                        {p.name}
                      </button>{' '}
                      <span className="muted">
                        {fmtCount(p.mentions, 'mention')} · {fmtCount(p.claims, 'claim')}
                      </span>
                    </li>
                  ))}
              </ol>
            </>
          )}
        </aside>
      </div>
    </>
  );
}
