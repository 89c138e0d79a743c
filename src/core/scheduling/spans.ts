// Half-open time spans in epoch milliseconds. Working in millis keeps the set maths exact and leaves
// zones to the places that turn wall-clock rules into spans.

export interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping, non-empty spans covering the same time as `spans`. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Time covered by both lists. */
export function intersectSpans(a: Span[], b: Span[]): Span[] {
  const x = mergeSpans(a);
  const y = mergeSpans(b);
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (end > start) out.push({ start, end });
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return out;
}

/** Time in `from` not covered by `remove`. */
export function subtractSpans(from: Span[], remove: Span[]): Span[] {
  const holes = mergeSpans(remove);
  const out: Span[] = [];
  for (const s of mergeSpans(from)) {
    let cursor = s.start;
    for (const h of holes) {
      if (h.end <= cursor) continue;
      if (h.start >= s.end) break;
      if (h.start > cursor) out.push({ start: cursor, end: h.start });
      cursor = Math.max(cursor, h.end);
      if (cursor >= s.end) break;
    }
    if (cursor < s.end) out.push({ start: cursor, end: s.end });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
