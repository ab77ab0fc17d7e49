// Offsets from the API count Unicode code points of the document text;
// JavaScript strings count UTF-16 units, so text is cut as code points.
export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// `text` (starting at code point `base` of its document) with the given
// spans ({begin, end, kind}) marked; overlapping spans keep the first.
export function highlight(text, base, spans) {
  const cps = Array.from(text);
  const marks = new Array(cps.length).fill(null);
  for (const s of spans) {
    if (!s) continue;
    for (let i = Math.max(0, s.begin - base); i < Math.min(cps.length, s.end - base); i++) marks[i] ??= s.kind;
  }
  let out = '';
  let open = null;
  cps.forEach((c, i) => {
    if (marks[i] !== open) {
      if (open) out += '</mark>';
      if (marks[i]) out += `<mark class="${marks[i]}">`;
      open = marks[i];
    }
    out += escapeHtml(c);
  });
  return out + (open ? '</mark>' : '');
}

// The spans of an event for highlight().
export function eventSpans(e) {
  const spans = [{ begin: e.trigger.span[0], end: e.trigger.span[1], kind: 'trigger' },
    { begin: e.source.span[0], end: e.source.span[1], kind: 'source' }];
  if (e.target) spans.push({ begin: e.target.span[0], end: e.target.span[1], kind: 'target' });
  return spans;
}
