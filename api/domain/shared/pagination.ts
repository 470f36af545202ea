// Page breaking for flowed text (the PDF writer's 附件1): greedy filling with keep rules, the way
// a word processor applies "keep with next" and widow/orphan control. No I/O.

export interface FlowLine {
  readonly height: number;
  /** Space above the line, dropped when the line starts a page. */
  readonly spaceBefore: number;
  /** Whether a page may end after this line. */
  readonly breakAfter: boolean;
}

/**
 * The index of the first line of each page. Each page takes as many lines as fit in `capacity`;
 * if a page may not end where it is full, the page ends at the last line before that after which
 * it may, and only when no such line exists on the page does it end where it is full. A line
 * taller than a page gets a page of its own.
 */
export function paginate(lines: readonly FlowLine[], capacity: number): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < lines.length) {
    starts.push(i);
    let used = 0;
    let n = 0;
    while (i + n < lines.length) {
      const l = lines[i + n]!;
      const h = l.height + (n === 0 ? 0 : l.spaceBefore);
      if (used + h > capacity + 1e-6) break;
      used += h;
      n++;
    }
    if (i + n < lines.length) {
      let k = n;
      while (k > 0 && !lines[i + k - 1]!.breakAfter) k--;
      if (k > 0) n = k;
    }
    i += Math.max(n, 1);
  }
  return starts;
}
