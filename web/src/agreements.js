// The agreements register: a table filtered by party, other party, topic,
// kind and date; an agreement's view (parties, signatories, topics, every
// report with its sentence marked); and the agreements layer of the
// network (parties joined by their agreements, edges coloured by topic).
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { escapeHtml, highlight } from './text.js';

const FILTERS = [['party', 'KEN'], ['with', 'NLD'], ['topic', 'counter_terrorism'], ['kind', 'mou'], ['since', 'YYYY-MM']];

function principal(p) { return p.country || p.org || p.code; }

function partyText(p) { return principal(p) + (p.city ? ` (${p.city})` : ''); }

function form(view, params, name) {
  const f = document.createElement('form');
  f.className = 'filters';
  f.innerHTML = FILTERS.map(([n, hint]) =>
    `<label>${n}<input name="${n}" size="12" value="${escapeHtml(params[n] || '')}" placeholder="${hint}"></label>`).join('') +
    '<button type="submit">Show</button>';
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const out = {};
    for (const el of f.elements) if (el.name && el.value) out[el.name] = el.value.trim();
    location.hash = `#/${name}?${new URLSearchParams(out)}`;
  });
  view.appendChild(f);
}

function filtersOf(params) {
  const out = {};
  for (const [n] of FILTERS) if (params[n]) out[n] = params[n];
  return out;
}

export async function showAgreements(view, params) {
  form(view, params, 'agreements');
  const links = document.createElement('p');
  links.className = 'legend';
  links.innerHTML = `<a href="#/network?${new URLSearchParams({ ...filtersOf(params), layer: 'agreements' })}">as a network</a>`;
  view.appendChild(links);
  const r = await api('agreements', { ...filtersOf(params), limit: 1000 });
  const table = document.createElement('table');
  table.id = 'agreements';
  table.innerHTML = `<thead><tr><th>date</th><th>kind</th><th>parties</th><th>topics</th><th>signatories</th><th>place</th><th>sentence</th></tr></thead>
    <tbody>${r.agreements.map((a) => `<tr class="row" data-id="${a.id}">
      <td>${escapeHtml(a.date || a.day_without_year || '')}</td><td>${escapeHtml(a.kind)}</td>
      <td>${escapeHtml(a.parties.map(partyText).join(', '))}</td><td>${escapeHtml(a.topics.join(', '))}</td>
      <td>${escapeHtml(a.signatories.map((s) => s.name || s.text).join(', '))}</td><td>${escapeHtml(a.place || '')}</td>
      <td>${escapeHtml(a.text.length > 140 ? `${a.text.slice(0, 140)}…` : a.text)}</td></tr>`).join('')}</tbody>`;
  table.tBodies[0].addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr');
    if (tr) location.hash = `#/agreement/${tr.dataset.id}`;
  });
  view.appendChild(table);
  if (!r.agreements.length) view.insertAdjacentHTML('beforeend', '<p>No agreements match.</p>');
}

function spansOf(a) {
  return [...a.parties.map((p) => ({ begin: p.span[0], end: p.span[1], kind: 'source' })),
    ...a.signatories.map((s) => ({ begin: s.span[0], end: s.span[1], kind: 'target' }))];
}

// Relations: the bodies that carry it out, the agreements it builds on
// (linked when in the register), the later events naming it (linked to
// the event).
function relationsHtml(a) {
  const bodies = (a.implemented_by || []).map((b) => escapeHtml(b.text + (b.code ? ` (${b.code})` : '')));
  const priors = (a.builds_on || []).map((x) => {
    const text = escapeHtml(`${x.cue} ${x.text}`);
    return x.agreement_id ? `<a href="#/agreement/${x.agreement_id}">${text}</a>` : text;
  });
  const refs = (a.referred_by || []).map((r) => {
    const text = escapeHtml(`${r.source} ${r.trigger}${r.target ? ` ${r.target}` : ''} (${r.code})`);
    return r.event_id ? `<a href="#/event/${r.event_id}">${text}</a>` : text;
  });
  const line = (label, items) => (items.length ? `<p><strong>${label}:</strong> ${items.join('; ')}</p>` : '');
  return line('Implemented by', bodies) + line('Builds on', priors) + line('Referred to by', refs);
}

export async function showAgreement(view, id) {
  const r = await api(`agreements/${encodeURIComponent(id)}`);
  const a = r.agreement;
  view.innerHTML = `<h2>${escapeHtml(a.name || a.kind_text || a.kind)} · ${escapeHtml(a.parties.map(partyText).join(' – '))}</h2>
    <p class="legend"><mark class="source">party</mark> <mark class="target">signatory</mark>
      · kind ${escapeHtml(a.kind)} · ${escapeHtml(a.date || a.day_without_year || 'undated')}${a.place ? ` · ${escapeHtml(a.place)}` : ''}
      · confidence ${a.confidence}</p>
    <div id="agreement-view">
      <p><strong>Topics:</strong> ${a.topics.map((t) => `<a href="#/agreements?topic=${encodeURIComponent(t)}">${escapeHtml(t)}</a>`).join(', ') || '—'}</p>
      <p><strong>Signatories:</strong> ${escapeHtml(a.signatories.map((s) => s.text).join('; ') || '—')}</p>
      ${relationsHtml(a)}
    </div>
    <h3>${r.reports.length} report${r.reports.length === 1 ? '' : 's'}</h3>
    <div class="reports">${r.reports.map((x) => `<div class="report ${x.id === a.id ? 'current' : ''}">
      <div class="meta">${escapeHtml(x.lang || '')} · <a href="#/document/${encodeURIComponent(x.doc)}">${escapeHtml(x.document?.title || x.doc)}</a>
        · sentence${x.sentences.length === 1 ? '' : 's'} ${x.sentences.join(', ')}</div>
      <div class="sentence">${highlight(x.text, x.span[0], spansOf(x))}</div></div>`).join('')}</div>`;
}

const TOPIC_COLOURS = ['#3b6fb6', '#2e9e4f', '#d28a1e', '#8c4fb6', '#d23c3c', '#1e9fb0', '#7a7a2e', '#b64f8c'];

// The agreements layer of the network view.
export async function showAgreementNetwork(view, params) {
  form(view, params, 'network');
  view.querySelector('form.filters').insertAdjacentHTML('beforeend', '<input type="hidden" name="layer" value="agreements">');
  const legend = document.createElement('div');
  legend.className = 'legend';
  view.appendChild(legend);
  const box = document.createElement('div');
  box.id = 'graph';
  view.appendChild(box);
  const net = await api('agreements/network', filtersOf(params));
  const topics = [...new Set(net.edges.flatMap((e) => Object.keys(e.topics)))].sort();
  const colour = (t) => (t ? TOPIC_COLOURS[topics.indexOf(t) % TOPIC_COLOURS.length] : '#999');
  const main = (e) => Object.entries(e.topics).sort((x, y) => y[1] - x[1])[0]?.[0];
  legend.innerHTML = `Agreements between parties · <a href="#/network">events layer</a> · edge colour = main topic: ` +
    topics.map((t) => `<i style="background:${colour(t)}"></i>${escapeHtml(t)}`).join(' ') + ' · click an edge for its agreements';
  const cy = cytoscape({
    container: box,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 8 * Math.sqrt(n.agreements) } })),
      ...net.edges.map((e, i) => ({
        data: { id: `a${i}`, source: e.source, target: e.target, width: 2 + 3 * e.agreements, color: colour(main(e)),
          label: Object.keys(e.topics).join(', ') },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1d2330', 'font-size': 11 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier', opacity: 0.85 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  cy.on('tap', 'edge', (ev) => {
    const d = ev.target.data();
    location.hash = `#/agreements?${new URLSearchParams({ party: d.source, with: d.target })}`;
  });
  box.dataset.nodes = String(net.nodes.length);
  box.dataset.edges = String(net.edges.length);
  window.dyadGraph = cy;
}
