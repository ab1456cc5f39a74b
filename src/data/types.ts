/**
 * Dataset format, version 1. `data/schema.json` describes the same shape for publishers;
 * `validate()` turns unknown JSON into this type or a list of errors.
 */

/** Evidence status of a claim, strongest first (see `STATUSES`). */
export type Status =
  | 'reported'
  | 'stated'
  | 'acknowledged-in-part'
  | 'alleged'
  | 'denied'
  | 'characterized';

export type Role = 'hub' | 'ally' | 'third-party';

/**
 * How a claim's parties relate (`docs/evidence.md`):
 * - `support`: the first party gives the support to each of the others (the default);
 * - `joint`: the parties take part together (an exercise, a visit, a joint statement); nobody gives;
 * - `context`: a fact that bears on the relationship but is neither (a third party's warning,
 *   a country's statement of its own stance); counted in no support mark.
 */
export type Relation = 'support' | 'joint' | 'context';

/** A kind of support: diplomatic, economic, military in the default dataset. */
export interface Kind {
  id: string;
  label: string;
}

/** A finer type of support (energy purchase, arms, exercise, …), grouped under a kind. */
export interface SupportType {
  id: string;
  label: string;
  kind: string;
}

export interface Leader {
  name: string;
  title?: string;
}

export interface Country {
  /** ISO 3166-1 alpha-3 where one exists (`IRN`), otherwise a short upper-case code (`EU`). */
  id: string;
  name: string;
  role: Role;
  summary?: string;
  leader?: Leader;
  /** Localized names by BCP 47 language tag, e.g. `{"fr": "Iran"}`. */
  names?: Record<string, string>;
}

/** A later development, kept apart from the status as of the dataset's date. */
export interface ClaimNote {
  date: string;
  text: string;
  sources?: string[];
}

export interface Claim {
  id: string;
  /**
   * The countries the claim relates. With `relation` `support` (the default) the first party
   * gives the support to each of the others; with `joint` they take part together.
   */
  parties: string[];
  /** How the parties relate; absent: `support` (how every version-1 file reads). */
  relation?: Relation;
  kind: string;
  type: string;
  text: string;
  status: Status;
  /** Country ids that make the claim (for `alleged`, who alleges it). */
  claimedBy: string[];
  /** Country ids that deny it. */
  deniedBy: string[];
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `start/end` of those. */
  date: string;
  sources: string[];
  /** A short quotation that appears in the sources, shown in quotation marks. */
  quote?: string;
  notes?: ClaimNote[];
}

export interface Source {
  id: string;
  publisher: string;
  /** The source's real headline or title, shown in quotation marks. */
  title?: string;
  /**
   * What the source is, when its real headline is not known (shown as plain text, never
   * quoted). A source has a `title`, a `description`, or both.
   */
  description?: string;
  date: string;
  url?: string;
  /** Why the source has no `url` (print only, paywalled, seen only in a republished copy…). */
  noUrlReason?: string;
}

export type Vote = 'yes' | 'no' | 'abstain' | 'absent';

/** A recorded vote (a UN General Assembly resolution in the default dataset). */
export interface VoteRecord {
  id: string;
  title: string;
  date: string;
  /** Country id → vote. Countries not listed were not recorded. */
  votes: Record<string, Vote>;
  /** Tally as published, e.g. `{"yes": 141, "no": 5, "abstain": 35}`. */
  tally?: { yes: number; no: number; abstain: number };
  sources: string[];
  note?: string;
}

/**
 * The text of a dataset in one other language. Every string is optional: one left out falls
 * back to the dataset's own. Headlines (`sources[].title`) and quotations (`claims[].quote`) are
 * verbatim and never translated.
 */
export interface DatasetTranslation {
  /** The language, a BCP 47 tag (in a file of its own; inline, the key says it). */
  lang?: string;
  title?: string;
  credit?: string;
  kinds?: Record<string, { label?: string }>;
  types?: Record<string, { label?: string }>;
  countries?: Record<string, { name?: string; summary?: string; leader?: { name?: string; title?: string } }>;
  /** By claim id; `notes` by the note's position, `null` to leave one as it is. */
  claims?: Record<string, { text?: string; notes?: (string | null)[] }>;
  sources?: Record<string, { description?: string; noUrlReason?: string }>;
  votes?: Record<string, { title?: string; note?: string }>;
}

export interface Dataset {
  version: 1;
  /** BCP 47 language of the dataset's own text (default `en`). */
  lang?: string;
  /**
   * Translations by language tag: the translation itself, or the URL of a JSON file holding it
   * (relative to the dataset's own URL), fetched only when a reader needs that language.
   */
  translations?: Record<string, DatasetTranslation | string>;
  title: string;
  /** Date the dataset describes, `YYYY-MM-DD` (or coarser). */
  asOf: string;
  /** True when `asOf` is an estimate (the source's exact date is not verified). */
  asOfApproximate?: boolean;
  /** Id of the country at the centre (role `hub`). */
  hub: string;
  /** Credit line for the dataset as a whole. */
  credit?: string;
  kinds: Kind[];
  types?: SupportType[];
  countries: Country[];
  claims: Claim[];
  sources: Source[];
  votes?: VoteRecord[];
}
