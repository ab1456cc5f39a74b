/** Public API of the data layer: pure functions, no DOM. */
export type * from './types.js';
export { STATUSES, STATUS_LABELS, isStatus, statusRank, strongestStatus } from './status.js';
export {
  COUNTRY_ID,
  DatasetError,
  LIMITS,
  MORE_ERRORS,
  assertDataset,
  summarizeErrors,
  validate,
  type ValidationError,
  type ValidationResult,
} from './validate.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadDataset, type LoadOptions } from './load.js';
export { dateProblem, parseDate, dateSortKey, type DatePart, type DateRange } from './dates.js';
export { networkGraph, type NetworkGraph, type NetworkLink, type NetworkNode, type NetworkOptions } from './network.js';
export {
  adjacencyMatrix,
  labelFromId,
  orderRows,
  supportMatrix,
  type AdjacencyCell,
  type AdjacencyMatrix,
  type MatrixCell,
  type MatrixColumn,
  type RowOrder,
  type SupportMatrix,
  type SupportMatrixOptions,
} from './matrix.js';
export { claimResolver, countryProfile, type CountryProfile, type ResolvedClaim } from './profile.js';
export {
  countrySupport,
  countrySupportText,
  datasetSummary,
  evidenceParts,
  evidenceText,
  formatDate,
  listNames,
  nameInText,
} from './describe.js';
