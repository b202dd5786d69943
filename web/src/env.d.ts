/** @module Ambient types for bundled JSON data the dashboard imports. */
declare module 'world-atlas/*.json' {
  const topology: unknown;
  export default topology;
}
