// Charts with Chart.js (vendor/chart.umd.min.js, served from this bundle: no CDN). Each canvas has
// a text alternative (aria-label); the figures it draws are also in the view's text or tables.
import { h } from './dom.js';
import { numberLocale } from './i18n.js';

const live = new Set();
const INK = '#1f5f8b';
const RED = '#b3261e';
const GREY = '#5b6775';
const BAND = 'rgba(31, 95, 139, 0.15)';

/** Removes the charts of the previous view. */
export function clearCharts() {
  live.forEach((chart) => chart.destroy());
  live.clear();
}

function canvas(label, size) {
  const node = h('canvas', { role: 'img', 'aria-label': label });
  return { box: h('div', { class: size ? `chart ${size}` : 'chart' }, node), node };
}

function draw(node, config) {
  live.add(new window.Chart(node, {
    ...config,
    // locale: the axes' numbers grouped as the page's language writes them
    options: { responsive: true, maintainAspectRatio: false, animation: false, locale: numberLocale(), ...config.options },
  }));
}

/** A line of values with its confidence band: points {label, value, low, high}. */
export function lineWithBand(label, points, small = false) {
  const { box, node } = canvas(label, small ? 'small' : null);
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
  const { box, node } = canvas(label, small ? 'small' : null);
  draw(node, {
    type: 'line',
    data: { labels: points.map((p) => p.label), datasets: [{ label, data: points.map((p) => p.value), borderColor: INK, backgroundColor: INK }] },
    options: { plugins: { legend: { display: false } }, scales: { y: range } },
  });
  return box;
}

/**
 * A bridge (waterfall): steps {label, value, total}; a total stands on zero, every other step
 * floats from where the steps before it left off, up (blue) or down (red). {@code format} writes
 * a value for the tooltip.
 */
export function bridge(label, steps, format) {
  const { box, node } = canvas(label, null);
  let level = 0;
  const spans = steps.map((step) => {
    const value = Number(step.value);
    if (step.total) {
      level = value;
      return [0, value];
    }
    const span = [level, level + value];
    level += value;
    return span;
  });
  draw(node, {
    type: 'bar',
    data: {
      labels: steps.map((s) => s.label),
      datasets: [{
        label, data: spans,
        backgroundColor: steps.map((s) => (s.total ? GREY : Number(s.value) < 0 ? RED : INK)),
      }],
    },
    options: {
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => format(steps[item.dataIndex].value) } },
      },
      scales: { y: { beginAtZero: false } },
    },
  });
  return box;
}

/**
 * Points {x, y, label, colour} split into four quadrants at {x, y} = split (dashed lines); the
 * value axis on a log scale when {@code logarithmic} (every y positive), so accounts of every
 * size spread out instead of piling on the axis. The quadrants are named beside the chart, not
 * over its points. onPick(point) on a click.
 */
export function quadrants(label, points, split, axes, logarithmic, onPick) {
  const { box, node } = canvas(label, 'tall');
  const quadrantLines = {
    id: 'quadrants',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales: { x, y } } = chart;
      const sx = x.getPixelForValue(split.x);
      const sy = y.getPixelForValue(split.y);
      ctx.save();
      ctx.strokeStyle = GREY;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(sx, area.top); ctx.lineTo(sx, area.bottom);
      ctx.moveTo(area.left, sy); ctx.lineTo(area.right, sy);
      ctx.stroke();
      ctx.restore();
    },
  };
  draw(node, {
    type: 'scatter',
    data: { datasets: [{ label, data: points, pointBackgroundColor: points.map((p) => p.colour), pointRadius: 4 }] },
    options: {
      scales: {
        x: { min: -100, max: 100, title: { display: true, text: axes.x } },
        y: { type: logarithmic ? 'logarithmic' : 'linear', title: { display: true, text: axes.y } },
      },
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
