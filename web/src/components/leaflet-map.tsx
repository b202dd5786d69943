/**
 * @module The Leaflet map with no tile server: Natural Earth country shapes (world-atlas, bundled) as a GeoJSON base
 * layer, and one accessible circle marker per place (title and aria-label carry the place name).
 */
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceListItem } from '../../../src/apps/server/api-types';

/** Initial view: centred on Ukraine. */
const START_CENTER: L.LatLngTuple = [48.6, 33.5];
const START_ZOOM = 5;
const MIN_ZOOM = 2;
const MAX_ZOOM = 10;
/** Marker diameter in pixels: base plus a term growing with the square root of mentions, capped. */
const MARKER_BASE = 10;
const MARKER_SCALE = 4;
const MARKER_MAX = 44;

/** Marker diameter for a number of mentions. */
export function markerSize(mentions: number): number {
  return Math.min(MARKER_MAX, Math.round(MARKER_BASE + MARKER_SCALE * Math.sqrt(Math.max(0, mentions))));
}

/** Loads the country shapes (a separate chunk) as GeoJSON. */
async function loadCountries(): Promise<GeoJSON.FeatureCollection> {
  const mod = (await import('world-atlas/countries-50m.json')) as unknown as { default: Topology<{ countries: GeometryCollection }> };
  const topo = mod.default;
  return feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection;
}

/** The map; `onSelect` gets the clicked place, `selected` is outlined. */
export function LeafletMap({ places, selected, onSelect }: { places: PlaceListItem[]; selected: string | null; onSelect: (p: PlaceListItem) => void }) {
  const el = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, { center: START_CENTER, zoom: START_ZOOM, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, worldCopyJump: true, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Country shapes: Natural Earth');
    const markers = L.layerGroup().addTo(map);
    mapRef.current = map;
    layerRef.current = markers;
    let cancelled = false;
    loadCountries().then(
      (countries) => {
        if (cancelled) return;
        L.geoJSON(countries, { interactive: false, style: () => ({ className: 'country', weight: 0.8, color: '#9aa5b1', fillColor: '#f3f1ea', fillOpacity: 1 }) })
          .addTo(map)
          .bringToBack();
      },
      (err: unknown) => console.error('Could not load the country shapes', err),
    );
    return () => {
      cancelled = true;
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.clearLayers();
    const sorted = [...places].sort((a, b) => b.mentions - a.mentions);
    for (const p of sorted) {
      const size = markerSize(p.mentions);
      const isSel = p.name === selected;
      const marker = L.marker([p.lat, p.lon], {
        icon: L.divIcon({ className: `map-marker${isSel ? ' is-selected' : ''}`, iconSize: [size, size] }),
        title: p.name,
        alt: p.name,
        keyboard: true,
        riseOnHover: true,
        zIndexOffset: isSel ? 1000 : 0,
      });
      marker.on('add', () => {
        const node = marker.getElement();
        if (!node) return;
        node.setAttribute('data-testid', 'map-marker');
        node.setAttribute('data-place', p.name);
        node.setAttribute('aria-label', `${p.name}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'}, ${p.claims} claim${p.claims === 1 ? '' : 's'}`);
        if (isSel) node.setAttribute('aria-pressed', 'true');
        node.addEventListener('keydown', (e) => {
          if (e.key === ' ' || e.key === 'Enter') {
            e.preventDefault();
            onSelectRef.current(p);
          }
        });
      });
      marker.on('click', () => onSelectRef.current(p));
      marker.addTo(layer);
    }
  }, [places, selected]);

  return <div ref={el} className="leaflet-host" data-testid="map" role="region" aria-label="Map of places mentioned" />;
}
