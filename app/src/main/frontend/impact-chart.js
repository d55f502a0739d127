// A chart of one report table, drawn with Chart.js. The table itself stays on the page below
// the chart: the chart is a picture of it, named by the one-line summary the server gives.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale,
  LinearScale, Legend, Tooltip);

// GOV.UK colours, each at least 3:1 against white, told apart by pattern of position as well.
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#5694ca'];

class ImpactChart extends HTMLElement {
  constructor() {
    super();
    this._spec = null;
    this._label = '';
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.style.display = 'block';
      this.style.position = 'relative';
      this.style.height = '18rem';
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** JSON: {kind: BAR|LINE|FUNNEL, labels: [...], series: [{label, data: [number|null]}]}. */
  set spec(value) { this._spec = value ? JSON.parse(value) : null; this._draw(); }
  get spec() { return this._spec ? JSON.stringify(this._spec) : null; }

  set label(value) { this._label = value || ''; if (this._canvas) this._canvas.setAttribute('aria-label', this._label); }
  get label() { return this._label; }

  _draw() {
    if (!this._canvas || !this._spec) {
      return;
    }
    this._canvas.setAttribute('aria-label', this._label);
    if (this._chart) {
      this._chart.destroy();
    }
    const spec = this._spec;
    const funnel = spec.kind === 'FUNNEL';
    this._chart = new Chart(this._canvas, {
      type: spec.kind === 'LINE' ? 'line' : 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: COLOURS[i % COLOURS.length],
          borderWidth: 2,
          pointStyle: ['circle', 'rect', 'triangle', 'rectRot'][i % 4],
          pointRadius: 4,
        })),
      },
      options: {
        indexAxis: funnel ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // Printing and people who ask for less motion get the chart at once.
        animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
        plugins: { legend: { display: spec.series.length > 1, labels: { color: '#0b0c0c' } } },
        scales: {
          x: { ticks: { color: '#0b0c0c' }, beginAtZero: true },
          y: { ticks: { color: '#0b0c0c' }, beginAtZero: true },
        },
      },
    });
  }
}

customElements.define('impact-chart', ImpactChart);
