// Line breaking for the documents the product writes (PDF report, 附件2 table, notices): Chinese
// breaks between any two characters, but a Latin word, a number or a date never splits, a closing
// mark never starts a line and an opening mark never ends one (GB/T 15834-2011 标点符号用法 §5.1.9
// 行首行末规则). Widths come from the caller's `measure`, so this stays pure. No I/O.

// Marks that may not start a line: they stick to the token before them.
const noLineStart = new Set([...'，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}']);
// Marks that may not end a line: they stick to the token after them.
const noLineEnd = new Set([...'（《「『【〔〈“‘([{']);
const wordChar = /[A-Za-z0-9@#&_.\-/:+×²³°′″]/;

/** The unbreakable pieces of a text, in order; joined they give the text back. */
export function breakTokens(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = '';
  for (const ch of text) {
    const last = out.length > 0 ? out[out.length - 1]! : undefined;
    if (noLineStart.has(ch) && last !== undefined && pendingOpen === '') out[out.length - 1] = last + ch;
    else if (noLineEnd.has(ch)) pendingOpen += ch;
    else if (wordChar.test(ch) && pendingOpen === '' && last !== undefined && wordChar.test(last[last.length - 1]!)) out[out.length - 1] = last + ch;
    else {
      out.push(pendingOpen + ch);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') out.push(pendingOpen);
  return out;
}

/**
 * Greedy line breaking: as many tokens on a line as fit in `width` (the first line `firstWidth`,
 * e.g. after a two-character indent); a token wider than a whole line is cut by characters. Spaces
 * at the start of a wrapped line are dropped. Explicit newlines start a new line.
 */
export function breakLines(text: string, measure: (s: string) => number, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  // Widths are sums of glyph advances: a hair of tolerance keeps "exactly fits" on one line.
  const tolerance = 1e-6 * Math.max(1, width);
  for (const paragraph of text.split('\n')) {
    let line = '';
    const limit = () => (lines.length === 0 ? firstWidth : width) + tolerance;
    for (const token of breakTokens(paragraph)) {
      const candidate = line + token;
      if (measure(candidate) <= limit() || line === '') {
        if (measure(candidate) <= limit()) {
          line = candidate;
          continue;
        }
        // A single token wider than the line: cut it by characters.
        for (const ch of token) {
          if (line !== '' && measure(line + ch) > limit()) {
            lines.push(line);
            line = '';
          }
          line += ch;
        }
        continue;
      }
      lines.push(line);
      line = token.trimStart();
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Column widths that fit the content: every column gets at least its widest unbreakable piece
 * (CSS 2.1 §17.5.2.2 minimum width), and the columns share the width so that they all wrap to about
 * the same number of lines — the smallest number L for which every column at 1/L of its longest cell
 * fits — which keeps rows as short as the page allows. A short column (its longest cell no wider
 * than `unwrapped`: a county, a severity, a status) stays on one line while the others need at most
 * two, and takes two lines once they need more: a row is then three lines high anyway, and a
 * many-column table (附件2's 17) leaves its long columns room instead of wrapping them to seven.
 * A header may take two lines of at least two characters. `padding` is added to every cell (both
 * sides together).
 */
export function fitColumnWidths(
  columns: readonly (readonly string[])[],
  measure: (s: string) => number,
  total: number,
  { padding = 0, unwrapped = 0, headers = [] }: { padding?: number; unwrapped?: number; headers?: readonly string[] } = {},
): number[] {
  const widest = columns.map((cells) => Math.max(0, ...cells.map(measure)));
  const headerNeed = columns.map((_, i) => {
    const h = headers[i] ?? '';
    // Two lines at most, and never fewer than two characters a line (序号 stays whole).
    return Math.max(measure(h) / 2, Math.min(measure(h), measure([...h].slice(0, 2).join(''))), ...breakTokens(h).map(measure));
  });
  const natural = widest.map((w, i) => Math.max(w, headerNeed[i]!) + padding);
  const short = widest.map((w) => w <= unwrapped);
  const unbreakable = columns.map((cells, i) => Math.max(headerNeed[i]!, ...cells.flatMap((c) => breakTokens(c).map(measure))) + padding);
  // 1/L of a cell holds whole characters only: one character more makes L lines hold it all.
  const em = measure('一');
  // A short column's floor is two lines (never more), split between pieces; a long one's its widest unbreakable piece.
  const twoLines = (cell: string) => {
    const pieces = breakTokens(cell);
    let best = measure(cell);
    for (let j = 1; j < pieces.length; j++) best = Math.min(best, Math.max(measure(pieces.slice(0, j).join('')), measure(pieces.slice(j).join(''))));
    return best;
  };
  const minimum = columns.map((cells, i) =>
    short[i] ? Math.max(unbreakable[i]!, padding + Math.max(0, ...cells.map(twoLines))) : unbreakable[i]!,
  );
  const at = (lines: number) =>
    natural.map((n, i) =>
      short[i] && lines <= 2 ? n : Math.max(minimum[i]!, Math.min(n, padding + (n - padding) / lines + (lines > 1 ? em : 0))),
    );
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(natural) <= total) return natural.map((w) => (w * total) / sum(natural));
  if (sum(minimum) >= total) return minimum.map((w) => (w * total) / sum(minimum));
  // Bisection on the line count: sum(at(L)) falls as L grows, from sum(natural) to sum(minimum).
  let lo = 1;
  let hi = 2;
  while (sum(at(hi)) > total) hi *= 2;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) > total) lo = mid;
    else hi = mid;
  }
  const widths = at(hi);
  const spare = total - sum(widths);
  const grow = widths.map((w, i) => natural[i]! - w);
  const wish = sum(grow);
  return widths.map((w, i) => w + (wish > 0 ? (grow[i]! * spare) / wish : spare / widths.length));
}
