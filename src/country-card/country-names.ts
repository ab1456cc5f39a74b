import type { Country } from '../data/types.js';

/** The region-code table and `Intl.DisplayNames`, loaded the first time a reader is not English. */
export const loadRegionNames = (): Promise<RegionNames> => import('./region-names.js');
export type RegionNames = typeof import('./region-names.js');

/** English readers get the dataset's names; others may need the platform's (`loadRegionNames`). */
export const isEnglish = (lang: string): boolean => /^en(?:-|$)/i.test(lang);

/**
 * A country's name for readers of `lang`: the dataset's name for that language (or its base
 * language), the dataset's own `name` for English, else the platform's name for the region
 * (from `regionNames`, once loaded), else the dataset's `name`.
 */
export function countryName(country: Country, lang: string, regionNames: RegionNames | null): string {
  const own = country.names?.[lang] ?? country.names?.[lang.split('-')[0].toLowerCase()];
  if (own) return own;
  if (isEnglish(lang) || !regionNames) return country.name;
  return regionNames.regionName(country.id, lang) ?? country.name;
}
