// Adding a document (only when the server allows ingest): pasted text or
// a dropped file is coded by the server, and its events are shown marked
// in the text.
import { api } from './api.js';
import { escapeHtml, eventSpans, highlight } from './text.js';

export async function showAdd(view, info) {
  if (!info.allow_ingest) {
    view.innerHTML = '<p>This server does not take documents (start it with --allow-ingest).</p>';
    return;
  }
  view.innerHTML = `<form id="add" class="filters">
      <label>Title<input name="title" size="30"></label>
      <label>Language<select name="lang"><option value="">detect</option>${info.langs.concat(['en', 'nl'])
        .filter((l, i, a) => a.indexOf(l) === i).map((l) => `<option>${escapeHtml(l)}</option>`).join('')}</select></label>
      <label>Date<input name="date" placeholder="YYYY-MM-DD" size="11"></label>
      <label>File<input type="file" name="file" accept=".txt,.html,.htm"></label>
      <button type="submit">Code and store</button>
    </form>
    <textarea id="add-text" rows="10" style="width:100%" placeholder="Paste a news text here, or drop a file"></textarea>
    <div id="add-result"></div>`;
  const text = view.querySelector('#add-text');
  let html = false;
  const readFile = async (file) => {
    text.value = await file.text();
    html = /\.html?$/i.test(file.name);
  };
  view.querySelector('input[type=file]').addEventListener('change', (ev) => ev.target.files[0] && readFile(ev.target.files[0]));
  text.addEventListener('dragover', (ev) => ev.preventDefault());
  text.addEventListener('drop', (ev) => { ev.preventDefault(); if (ev.dataTransfer.files[0]) readFile(ev.dataTransfer.files[0]); });
  text.addEventListener('input', () => { html = false; });
  view.querySelector('#add').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const out = view.querySelector('#add-result');
    const f = ev.target.elements;
    const body = { [html ? 'html' : 'text']: text.value };
    for (const k of ['title', 'lang', 'date']) if (f[k].value) body[k] = f[k].value;
    out.textContent = 'Coding…';
    try {
      const r = await api('documents', {}, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
      window.dispatchEvent(new Event('dyad-stored'));  // the header's counts are stale now
      const spans = r.events.flatMap(eventSpans);
      out.innerHTML = `<h3>${r.events.length} event${r.events.length === 1 ? '' : 's'} in ${escapeHtml(r.document.id)}</h3>
        <ul id="add-events">${r.events.map((e) => `<li><a href="#/event/${e.id}">${escapeHtml(e.source.code)} → ${escapeHtml(e.code)} ${escapeHtml(e.name)} → ${escapeHtml(e.target?.code || '—')}</a></li>`).join('')}</ul>
        <div class="doc-text">${highlight(r.document.text, 0, spans)}</div>`;
    } catch (e) {
      out.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
    }
  });
}
