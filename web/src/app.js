// dyad's page: one view at a time, chosen by the URL fragment
// (#/network, #/timeline?actor=NLD, #/events?..., #/event/12, #/agreements,
// #/agreement/3, #/network?layer=agreements, #/add).
import { api } from './api.js';
import { escapeHtml } from './text.js';
import { showNetwork } from './network.js';
import { showTimeline } from './timeline.js';
import { showDocument, showEvents, showEvent } from './events.js';
import { showAdd } from './add.js';
import { showAgreement, showAgreementNetwork, showAgreements } from './agreements.js';

const view = document.getElementById('view');
let info = null;

async function loadInfo() {
  info = await api('info');
  document.getElementById('status').textContent =
    `${info.events.toLocaleString()} events · ${info.documents.toLocaleString()} documents` +
    (info.first_day ? ` · ${info.first_day} – ${info.last_day}` : '');
  document.getElementById('nav-add').hidden = !info.allow_ingest;
}

async function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  const [name, arg] = path.split('/');
  const current = name || 'network';
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === current));
  try {
    if (!info) await loadInfo();
    view.innerHTML = '';
    if (current === 'network' && params.layer === 'agreements') await showAgreementNetwork(view, params);
    else if (current === 'network') await showNetwork(view, params, info);
    else if (current === 'timeline') await showTimeline(view, params);
    else if (current === 'events') await showEvents(view, params, info);
    else if (current === 'event') await showEvent(view, arg);
    else if (current === 'document') await showDocument(view, decodeURIComponent(arg || ''));
    else if (current === 'agreements') await showAgreements(view, params);
    else if (current === 'agreement') await showAgreement(view, arg);
    else if (current === 'add') await showAdd(view, info);
    else view.innerHTML = '<p>No such view.</p>';
  } catch (e) {
    view.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('dyad-stored', () => loadInfo().catch(() => {}));
route();
