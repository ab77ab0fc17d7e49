// The events table (a page at a time from the server, filterable and
// sortable within the page) and the event view: the sentence with trigger,
// source and target marked, its document, and the other reports of its
// cluster side by side.
import { api } from './api.js';
import { apiFilters, filterForm } from './filters.js';
import { escapeHtml, eventSpans, highlight } from './text.js';

const COLUMNS = [
  ['date', (e) => e.date || ''], ['source', (e) => e.source.code], ['code', (e) => e.code],
  ['event', (e) => e.name], ['target', (e) => e.target?.code || ''], ['lang', (e) => e.lang],
  ['sentence', (e) => e.text],
];

export async function showEvents(view, params, info) {
  filterForm(view, params, info, ['actor', 'time', 'q']);
  const table = document.createElement('table');
  table.id = 'events';
  table.innerHTML = `<thead><tr>${COLUMNS.map(([n]) => `<th data-col="${n}">${n}</th>`).join('')}</tr></thead><tbody></tbody>`;
  view.appendChild(table);
  const more = document.createElement('button');
  more.textContent = 'More';
  view.appendChild(more);
  const rows = [];
  let next = null;
  let sortBy = null;
  const render = () => {
    const shown = sortBy ? [...rows].sort((a, b) => String(sortBy[1](a)).localeCompare(String(sortBy[1](b)))) : rows;
    table.tBodies[0].innerHTML = shown.map((e) => `<tr class="row" data-id="${e.id}">${COLUMNS.map(([n, f]) =>
      `<td>${escapeHtml(n === 'sentence' && f(e).length > 140 ? `${f(e).slice(0, 140)}…` : f(e))}</td>`).join('')}</tr>`).join('');
    more.hidden = !next;
  };
  const load = async () => {
    const page = await api('events', { ...apiFilters(params), limit: 50, cursor: next });
    rows.push(...page.events);
    next = page.next;
    render();
  };
  table.tHead.addEventListener('click', (ev) => {
    const col = COLUMNS.find(([n]) => n === ev.target.dataset.col);
    if (col) { sortBy = sortBy === col ? null : col; render(); }
  });
  table.tBodies[0].addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr');
    if (tr) location.hash = `#/event/${tr.dataset.id}`;
  });
  more.addEventListener('click', load);
  await load();
  if (!rows.length) view.insertAdjacentHTML('beforeend', '<p>No events match.</p>');
}

function reportHtml(e, current) {
  const d = e.document || {};
  const link = d.url ? ` · <a href="${escapeHtml(d.url)}" rel="noreferrer noopener" target="_blank">source</a>` : '';
  return `<div class="report ${current ? 'current' : ''}" data-lang="${escapeHtml(e.lang)}">
    <div class="meta">${escapeHtml(e.lang)} · <a href="#/document/${encodeURIComponent(e.doc)}">${escapeHtml(d.title || e.doc)}</a>
      · ${escapeHtml(d.date || 'undated')}${link}</div>
    <div class="sentence">${highlight(e.text, e.span[0], eventSpans(e))}</div>
    <div class="meta">${escapeHtml(e.source.code)} → ${escapeHtml(e.code)} ${escapeHtml(e.name)} → ${escapeHtml(e.target?.code || '—')}
      · ${escapeHtml(e.date || 'undated')} (${escapeHtml(e.date_precision || '')}) · confidence ${e.confidence}
      ${current ? '' : ` · <a href="#/event/${e.id}">open</a>`}</div>
  </div>`;
}

export async function showEvent(view, id) {
  const r = await api(`events/${encodeURIComponent(id)}`);
  const e = r.event;
  view.innerHTML = `<h2>${escapeHtml(e.source.code)} · ${escapeHtml(e.name)} (${escapeHtml(e.code)}) · ${escapeHtml(e.target?.code || '—')}</h2>
    <p class="legend"><mark class="trigger">trigger</mark> <mark class="source">source</mark> <mark class="target">target</mark>
      · Goldstein ${e.goldstein} · quad ${e.quad} · <a href="#/timeline?actor=${encodeURIComponent(e.source.code)}${e.target ? `&with=${encodeURIComponent(e.target.code)}` : ''}">timeline of this dyad</a></p>
    <div id="event-view">${reportHtml(e, true)}</div>
    <h3>Cluster ${r.cluster.id}: ${r.cluster.reports} report${r.cluster.reports === 1 ? '' : 's'} (${r.cluster.langs.join(', ')})</h3>
    <div class="reports">${r.reports.map((x) => reportHtml(x, x.id === e.id)).join('')}</div>`;
}

export async function showDocument(view, id) {
  const r = await api(`documents/${encodeURIComponent(id)}`);
  const d = r.document;
  view.innerHTML = `<h2>${escapeHtml(d.title || d.id)}</h2>
    <p class="meta">${escapeHtml(d.id)} · ${escapeHtml(d.lang || '')} · ${escapeHtml(d.date || 'undated')}
      ${d.url ? ` · <a href="${escapeHtml(d.url)}" rel="noreferrer noopener" target="_blank">${escapeHtml(d.url)}</a>` : ''}</p>
    <ul>${r.events.map((e) => `<li><a href="#/event/${e.id}">${escapeHtml(e.source.code)} → ${escapeHtml(e.code)} ${escapeHtml(e.name)} → ${escapeHtml(e.target?.code || '—')}</a></li>`).join('')}</ul>
    <div class="doc-text">${highlight(d.text, 0, r.events.flatMap(eventSpans))}</div>`;
}
