// The filter form the views share: time range, CAMEO root, quad class,
// language (and actors where a view takes them). Submitting it changes the
// URL fragment, so every filtered view can be linked and reloaded.
import { escapeHtml } from './text.js';

const QUADS = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };

// Months from `first` to `last` ("2018-03-05" → "2018-03").
function months(first, last) {
  const out = [];
  if (!first || !last) return out;
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 2400) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function filterForm(view, params, info, fields) {
  const form = document.createElement('form');
  form.className = 'filters';
  const span = months(info?.first_day, info?.last_day);
  let html = '';
  if (fields.includes('actor')) {
    html += `<label>Actor<input name="actor" size="10" value="${escapeHtml(params.actor || '')}" placeholder="NLD"></label>`;
    html += `<label>With<input name="with" size="10" value="${escapeHtml(params.with || '')}" placeholder="KEN"></label>`;
  }
  if (fields.includes('time') && span.length) {
    const from = Math.max(0, span.indexOf(params.since)), to = span.indexOf(params.until);
    html += `<label>From <output id="since-out"></output><input type="range" name="since-i" min="0" max="${span.length - 1}" value="${from}"></label>`;
    html += `<label>To <output id="until-out"></output><input type="range" name="until-i" min="0" max="${span.length - 1}" value="${to < 0 ? span.length - 1 : to}"></label>`;
  }
  html += '<label>Root<select name="root"><option value="">all</option>';
  for (let r = 1; r <= 20; r++) {
    const v = String(r).padStart(2, '0');
    html += `<option ${params.root === v ? 'selected' : ''}>${v}</option>`;
  }
  html += '</select></label><label>Quad class<select name="quad"><option value="">all</option>';
  for (const [q, name] of Object.entries(QUADS)) html += `<option value="${q}" ${params.quad === q ? 'selected' : ''}>${q} ${name}</option>`;
  html += '</select></label><label>Language<select name="lang"><option value="">all</option>';
  for (const l of info?.langs || []) html += `<option ${params.lang === l ? 'selected' : ''}>${escapeHtml(l)}</option>`;
  html += '</select></label>';
  if (fields.includes('q')) html += `<label>Words<input name="q" value="${escapeHtml(params.q || '')}"></label>`;
  if (fields.includes('by')) {
    html += '<label>Per<select name="by">';
    for (const b of ['day', 'week', 'month', 'year']) html += `<option ${(params.by || 'month') === b ? 'selected' : ''}>${b}</option>`;
    html += '</select></label>';
  }
  html += '<button type="submit">Show</button>';
  form.innerHTML = html;
  const show = () => {
    if (!span.length || !form.elements['since-i']) return;
    form.querySelector('#since-out').textContent = span[form.elements['since-i'].value];
    form.querySelector('#until-out').textContent = span[form.elements['until-i'].value];
  };
  form.addEventListener('input', show);
  show();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const out = {};
    for (const el of form.elements) {
      if (!el.name || !el.value) continue;
      if (el.name === 'since-i') { if (el.value !== '0') out.since = span[el.value]; }
      else if (el.name === 'until-i') { if (Number(el.value) !== span.length - 1) out.until = span[el.value]; }
      else out[el.name] = el.value;
    }
    const name = location.hash.replace(/^#\/?/, '').split('?')[0] || 'network';
    location.hash = `#/${name}?${new URLSearchParams(out)}`;
  });
  view.appendChild(form);
  return form;
}

// The filters of `params` the API takes.
export function apiFilters(params, names = ['actor', 'with', 'code', 'root', 'quad', 'since', 'until', 'lang', 'q']) {
  const out = {};
  for (const n of names) if (params[n]) out[n] = params[n];
  return out;
}
