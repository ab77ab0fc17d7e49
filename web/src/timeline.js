// An actor's or a dyad's events per period: cooperation and conflict as
// stacked bars, the mean Goldstein score as a line on its own axis.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import { api } from './api.js';
import { apiFilters, filterForm } from './filters.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip);

export async function showTimeline(view, params) {
  filterForm(view, params, null, ['actor', 'by']);
  const box = document.createElement('div');
  box.id = 'chart-box';
  const canvas = document.createElement('canvas');
  box.appendChild(canvas);
  view.appendChild(box);
  const t = await api('timeline', { ...apiFilters(params), by: params.by });
  const title = params.actor ? `${params.actor}${params.with ? ` – ${params.with}` : ''}` : 'all events';
  new Chart(canvas, {
    data: {
      labels: t.periods.map((p) => p.period),
      datasets: [
        { type: 'bar', label: 'cooperation', data: t.periods.map((p) => p.cooperation), backgroundColor: '#2e9e4f', stack: 'n' },
        { type: 'bar', label: 'conflict', data: t.periods.map((p) => p.conflict), backgroundColor: '#d23c3c', stack: 'n' },
        { type: 'line', label: 'mean Goldstein', data: t.periods.map((p) => p.mean_goldstein), borderColor: '#1d2330', yAxisID: 'g' },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'top' }, title: { display: true, text: title } },
      scales: {
        x: { stacked: true },
        y: { stacked: true, title: { display: true, text: 'events' } },
        g: { position: 'right', min: -10, max: 10, title: { display: true, text: 'Goldstein' }, grid: { drawOnChartArea: false } },
      },
    },
  });
  box.dataset.periods = String(t.periods.length);
}
