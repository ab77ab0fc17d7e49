// The dyad network: actors sized by their events, edges coloured from
// conflict (red) to cooperation (green). The server sends only the
// busiest dyads, so the browser lays out hundreds of elements, never the
// whole store. Clicking an edge lists its events; a node, its timeline.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { apiFilters, filterForm } from './filters.js';

export async function showNetwork(view, params, info) {
  filterForm(view, params, info, ['time']);
  const legend = document.createElement('div');
  legend.className = 'legend';
  legend.innerHTML = 'Edges: <i style="background:#2e9e4f"></i>cooperation <i style="background:#d23c3c"></i>conflict · ' +
    'width = events · click an edge for its events, a node for its timeline · ' +
    `<a href="#/network?layer=agreements">agreements layer</a>`;
  view.appendChild(legend);
  const box = document.createElement('div');
  box.id = 'graph';
  view.appendChild(box);
  const filters = apiFilters(params, ['root', 'quad', 'since', 'until', 'lang']);
  const net = await api('network', filters);  // the server's default: the busiest 150 dyads
  legend.insertAdjacentText('beforeend', ` · ${net.edges.length} of ${net.dyads} dyads shown`);
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
    ...net.edges.map((e, i) => ({
      data: {
        id: `e${i}`, source: e.source, target: e.target, events: e.events,
        width: 1 + 9 * Math.sqrt(e.events / maxEdge),
        color: e.cooperation >= e.conflict ? '#2e9e4f' : '#d23c3c',
      },
    })),
  ];
  const cy = cytoscape({
    container: box,
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3b6fb6', 'font-size': 11 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  cy.on('tap', 'edge', (ev) => {
    const d = ev.target.data();
    location.hash = `#/events?${new URLSearchParams({ ...filters, actor: d.source, with: d.target })}`;
  });
  cy.on('tap', 'node', (ev) => {
    location.hash = `#/timeline?${new URLSearchParams({ actor: ev.target.id() })}`;
  });
  // For the end-to-end test: the graph's elements, to find and click one.
  box.dataset.nodes = String(net.nodes.length);
  box.dataset.edges = String(net.edges.length);
  window.dyadGraph = cy;
}
