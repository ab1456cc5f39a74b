/**
 * ally-viz: registers `<ally-network>`, `<aid-matrix>`, `<country-card>` and `<ally-timeline>`
 * (whose drawing loads on demand). The entry of the publisher bundle `dist/ally-viz.js`;
 * developers may import the element folders one by one.
 */
export * from './ally-network/register.js';
export * from './aid-matrix/register.js';
export * from './country-card/register.js';
export * from './ally-timeline/register.js';
export type * from './data/types.js';
export type { AsOfChangeDetail, CountrySelectDetail, DataErrorDetail } from './events.js';
