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

/** A plain line: points {label, value}; {@code range} {min, max} fixes the value axis. */
export function line(label, points, small = false, range = {}) {
  const { box, node } = canvas(label, small);
  draw(node, {
    type: 'line',
    data: { labels: points.map((p) => p.label), datasets: [{ label, data: points.map((p) => p.value), borderColor: INK, backgroundColor: INK }] },
    options: { plugins: { legend: { display: false } }, scales: { y: range } },
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

/**
 * Points {x, y, label, colour} split into four quadrants at {x, y} = split, each corner labelled
 * (quadrants: {topLeft, topRight, bottomLeft, bottomRight} texts); onPick(point) on a click.
 */
export function quadrants(label, points, split, corners, axes, onPick) {
  const { box, node } = canvas(label, false);
  box.classList.add('tall');
  const quadrantLines = {
    id: 'quadrants',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales: { x, y } } = chart;
      const sx = x.getPixelForValue(split.x);
      const sy = y.getPixelForValue(split.y);
      ctx.save();
      ctx.strokeStyle = '#5b6775';
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(sx, area.top); ctx.lineTo(sx, area.bottom);
      ctx.moveTo(area.left, sy); ctx.lineTo(area.right, sy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#1d2733';
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(corners.topLeft, area.left + 6, area.top + 6);
      ctx.textAlign = 'right';
      ctx.fillText(corners.topRight, area.right - 6, area.top + 6);
      ctx.textBaseline = 'bottom';
      ctx.fillText(corners.bottomRight, area.right - 6, area.bottom - 6);
      ctx.textAlign = 'left';
      ctx.fillText(corners.bottomLeft, area.left + 6, area.bottom - 6);
      ctx.restore();
    },
  };
  draw(node, {
    type: 'scatter',
    data: { datasets: [{ label, data: points, pointBackgroundColor: points.map((p) => p.colour), pointRadius: 4 }] },
    options: {
      scales: { x: { title: { display: true, text: axes.x } }, y: { title: { display: true, text: axes.y } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => item.raw.label } },
      },
      onClick: (event, elements) => elements.length && onPick(points[elements[0].index]),
    },
    plugins: [quadrantLines],
  });
  return box;
}

/** Stacked bars: one dataset per series {label, values, colour}; values below zero stack downwards. */
export function stackedBars(label, labels, series) {
  const { box, node } = canvas(label, false);
  draw(node, {
    type: 'bar',
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  return box;
}
