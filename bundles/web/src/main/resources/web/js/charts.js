// Charts with Chart.js (vendor/chart.umd.min.js, served from this bundle: no CDN).
import { h } from './dom.js';

const live = new Set();
const INK = '#1f5f8b';
const BAND = 'rgba(31, 95, 139, 0.15)';

/** Removes the charts of the previous view. */
export function clearCharts() {
  live.forEach((chart) => chart.destroy());
  live.clear();
}

function canvas(label, small) {
  const node = h('canvas', { role: 'img', 'aria-label': label });
  return { box: h('div', { class: small ? 'chart small' : 'chart' }, node), node };
}

function draw(node, config) {
  live.add(new window.Chart(node, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
  }));
}

/** A line of values with its confidence band: points {label, value, low, high}. */
export function lineWithBand(label, points, small = false) {
  const { box, node } = canvas(label, small);
  draw(node, {
    type: 'line',
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        { label: 'high', data: points.map((p) => p.high), borderWidth: 0, pointRadius: 0, fill: '+1', backgroundColor: BAND },
        { label: 'low', data: points.map((p) => p.low), borderWidth: 0, pointRadius: 0, fill: false },
        { label, data: points.map((p) => p.value), borderColor: INK, backgroundColor: INK, spanGaps: true },
      ],
    },
    options: { plugins: { legend: { display: false } } },
  });
  return box;
}

/** A plain line: points {label, value}. */
export function line(label, points, small = false) {
  const { box, node } = canvas(label, small);
  draw(node, {
    type: 'line',
    data: { labels: points.map((p) => p.label), datasets: [{ label, data: points.map((p) => p.value), borderColor: INK, backgroundColor: INK }] },
    options: { plugins: { legend: { display: false } } },
  });
  return box;
}

/** Bars: points {label, value}, negative values in red. */
export function bars(label, points) {
  const { box, node } = canvas(label, false);
  draw(node, {
    type: 'bar',
    data: {
      labels: points.map((p) => p.label),
      datasets: [{ label, data: points.map((p) => p.value), backgroundColor: points.map((p) => (p.value < 0 ? '#b3261e' : INK)) }],
    },
    options: { plugins: { legend: { display: false } } },
  });
  return box;
}
