declare module 'virtual:ally-viz/custom-elements' {
  /** custom-elements.json, with string-literal type aliases spelled out (see main.ts). */
  const manifest: unknown;
  export default manifest;
}

/** Stylesheets imported for their side effect; Vite bundles them. */
declare module '*.css';
