/** Makes `prefers-reduced-motion: reduce` match while `run` runs. */
export async function withReducedMotion(run: () => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string): MediaQueryList => {
    if (!query.includes('prefers-reduced-motion')) return original(query);
    const fake: Partial<MediaQueryList> = {
      matches: query.includes('reduce'),
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    return fake as MediaQueryList;
  };
  try {
    await run();
  } finally {
    // matchMedia is an own property of the global object in some engines, inherited in others.
    if (own) Object.defineProperty(window, 'matchMedia', own);
    else delete (window as { matchMedia?: unknown }).matchMedia;
  }
}
