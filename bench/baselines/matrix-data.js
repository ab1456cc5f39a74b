// The cells the matrix baselines draw, derived from a dataset the same way for each library: rows
// are the allies, columns the kinds (or types); in adjacency mode rows and columns are every
// country that is a party to a claim.
const COLORS = { diplomatic: '#4e79a7', economic: '#f28e2b', military: '#e15759' };
const STRENGTH = ['reported', 'stated', 'acknowledged-in-part', 'alleged', 'denied', 'characterized'];

function strongest(a, b) {
  return b === undefined || STRENGTH.indexOf(a) < STRENGTH.indexOf(b) ? a : b;
}

export function cellsOf(data, { mode = 'support', columns = 'kinds' } = {}) {
  const status = new Map();
  if (mode === 'adjacency') {
    const involved = new Set(data.claims.flatMap((c) => c.parties));
    const axis = data.countries.filter((c) => involved.has(c.id)).map((c) => c.id);
    for (const claim of data.claims) {
      for (const a of claim.parties) {
        for (const b of claim.parties) {
          if (a !== b) status.set(`${a}|${b}`, strongest(claim.status, status.get(`${a}|${b}`)));
        }
      }
    }
    const cells = [];
    axis.forEach((row, i) =>
      axis.forEach((col, j) => cells.push({ i, j, kind: 'diplomatic', status: status.get(`${row}|${col}`) })),
    );
    return { rows: axis, cols: axis, cells };
  }
  const rows = data.countries.filter((c) => c.role === 'ally').map((c) => c.id);
  const cols =
    columns === 'types' ? (data.types ?? []).map((t) => ({ id: t.id, kind: t.kind })) : data.kinds.map((k) => ({ id: k.id, kind: k.id }));
  const rowSet = new Set(rows);
  for (const claim of data.claims) {
    const col = columns === 'types' ? claim.type : claim.kind;
    for (const id of claim.parties) {
      if (rowSet.has(id)) status.set(`${id}|${col}`, strongest(claim.status, status.get(`${id}|${col}`)));
    }
  }
  const cells = [];
  rows.forEach((row, i) =>
    cols.forEach((col, j) => cells.push({ i, j, kind: col.kind, status: status.get(`${row}|${col.id}`) })),
  );
  return { rows, cols: cols.map((c) => c.id), cells };
}

/** A cell's colour: its kind's when a claim supports it. */
export const fillOf = (d) => (d.status ? COLORS[d.kind] : '#eee');
/** Denied and characterized claims are drawn faint. */
export const opacityOf = (d) => (d.status === 'denied' || d.status === 'characterized' ? 0.35 : 1);
/** The side of a square cell: up to 24 px, the columns within `width`. */
export const cellSize = (columns, width) => Math.max(1, Math.min(24, Math.floor(width / columns)));
