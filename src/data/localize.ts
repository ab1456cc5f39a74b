import type { Dataset, DatasetTranslation } from './types.js';

/**
 * A dataset in the reader's language: its own text overlaid, string by string, with a
 * translation (`docs/evidence.md` says what a mark may say; this changes only the words).
 */

/** The language of the dataset's own text. */
export const datasetLang = (data: Dataset): string => data.lang ?? 'en';

const base = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * The key of `data.translations` that serves `lang`: the same tag (any case), else the same base
 * language (`uk-UA` → `uk`); null when the dataset's own language serves it or none does.
 */
export function translationKey(data: Dataset, lang: string): string | null {
  const wanted = lang.toLowerCase();
  if (wanted === datasetLang(data).toLowerCase() || !data.translations) return null;
  const keys = Object.keys(data.translations);
  const exact = keys.find((k) => k.toLowerCase() === wanted);
  if (exact) return exact;
  if (base(wanted) === base(datasetLang(data))) return null;
  return keys.find((k) => base(k) === base(wanted)) ?? null;
}

const overlaid = new WeakMap<Dataset, WeakMap<DatasetTranslation, Dataset>>();

const pick = (own: string, translated: unknown): string =>
  typeof translated === 'string' && translated.trim() !== '' ? translated : own;

/**
 * `data` with every string the translation gives replaced, and `lang` set to `lang`. Ids, dates,
 * statuses, parties, headlines and quotations stay as they are. Memoized per dataset and
 * translation object, so views that share them share the result.
 */
export function localizeDataset(data: Dataset, translation: DatasetTranslation, lang: string): Dataset {
  let byTranslation = overlaid.get(data);
  if (!byTranslation) overlaid.set(data, (byTranslation = new WeakMap()));
  const cached = byTranslation.get(translation);
  if (cached) return cached;
  const t = translation;
  const result: Dataset = {
    ...data,
    lang,
    title: pick(data.title, t.title),
    kinds: data.kinds.map((k) => ({ ...k, label: pick(k.label, t.kinds?.[k.id]?.label) })),
    countries: data.countries.map((c) => {
      const tc = t.countries?.[c.id];
      if (!tc) return c;
      const country = { ...c, name: pick(c.name, tc.name) };
      if (c.summary !== undefined) country.summary = pick(c.summary, tc.summary);
      if (c.leader) {
        country.leader = { ...c.leader, name: pick(c.leader.name, tc.leader?.name) };
        if (c.leader.title !== undefined) country.leader.title = pick(c.leader.title, tc.leader?.title);
      }
      return country;
    }),
    claims: data.claims.map((c) => {
      const tc = t.claims?.[c.id];
      if (!tc) return c;
      const claim = { ...c, text: pick(c.text, tc.text) };
      if (c.notes) claim.notes = c.notes.map((n, i) => ({ ...n, text: pick(n.text, tc.notes?.[i]) }));
      return claim;
    }),
    sources: data.sources.map((s) => {
      const ts = t.sources?.[s.id];
      if (!ts) return s;
      const source = { ...s };
      if (s.description !== undefined) source.description = pick(s.description, ts.description);
      if (s.noUrlReason !== undefined) source.noUrlReason = pick(s.noUrlReason, ts.noUrlReason);
      return source;
    }),
  };
  if (data.credit !== undefined) result.credit = pick(data.credit, t.credit);
  if (data.types) result.types = data.types.map((ty) => ({ ...ty, label: pick(ty.label, t.types?.[ty.id]?.label) }));
  if (data.votes) {
    result.votes = data.votes.map((v) => {
      const tv = t.votes?.[v.id];
      if (!tv) return v;
      const vote = { ...v, title: pick(v.title, tv.title) };
      if (v.note !== undefined) vote.note = pick(v.note, tv.note);
      return vote;
    });
  }
  byTranslation.set(translation, result);
  return result;
}
