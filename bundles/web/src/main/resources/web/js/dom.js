// Builds DOM nodes. Text always goes in as text nodes, never as HTML: host data is untrusted.
import { count } from './format.js';
import { t } from './i18n.js';

/** An element with attributes (on* keys become listeners) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children; strings and numbers become text nodes, null and false are skipped. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** Replaces the children of a node. */
export function show(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A labelled figure tile. */
export function tile(label, value, detail, testId) {
  return h('div', { class: 'tile', 'data-test': testId },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value),
    detail ? h('div', { class: 'detail' }, detail) : null);
}

/** A panel with a heading. */
export function panel(title, id, ...children) {
  return h('section', { class: 'panel', id, 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, title), children);
}

/** The placeholder a part shows while its figures load. */
export function loading() {
  return h('p', { class: 'loading muted', 'data-test': 'loading' }, t('state.loading'));
}

/** Why a list is empty, in its place: {@code why} says what would fill it. */
export function empty(what, why, testId) {
  return h('div', { class: 'empty', 'data-test': testId ?? 'empty' }, h('p', { class: 'empty-what' }, what),
    why ? h('p', { class: 'muted' }, why) : null);
}

/**
 * Runs a part of a view: busy (aria-busy and a placeholder) while it loads; when it fails, says so
 * in its place with a button that tries again, instead of leaving it empty.
 */
export function guard(node, task) {
  const placeholder = loading();
  node.setAttribute('aria-busy', 'true');
  node.append(placeholder);
  return task()
    .catch((error) => {
      const message = h('div', { class: 'failed', role: 'alert' },
        h('p', { class: 'error' }, t('state.failed', { detail: error.message })),
        h('button', { type: 'button', class: 'secondary', onclick: () => { message.remove(); guard(node, task); } }, t('state.retry')));
      append(node, message);
    })
    .finally(() => {
      placeholder.remove();
      node.removeAttribute('aria-busy');
    });
}

/**
 * A table in a wrapper that scrolls sideways when it is wider than the screen; the wrapper is
 * named ({@code label}) and focusable so keyboard users can scroll it. Columns are [label, class]
 * pairs (class 'num' right-aligns the column); each row is { cells, attributes } or just its cells,
 * a cell being a text, a number or a node. Each cell carries its column's label as data-label for
 * the card layout of narrow screens.
 */
export function table(attributes, columns, rows, label) {
  return h('div', { class: 'table-wrap', role: 'group', tabindex: 0, 'aria-label': label },
    h('table', attributes,
      h('thead', {}, h('tr', {}, columns.map(([name, cls]) => h('th', { class: cls, scope: 'col' }, name)))),
      h('tbody', {}, rows.map((row) => {
        const { cells, attributes: rowAttributes } = Array.isArray(row) ? { cells: row, attributes: {} } : row;
        return h('tr', rowAttributes, cells.map((cell, i) => h('td', { class: columns[i][1], 'data-label': columns[i][0] }, cell)));
      }))));
}

/** A coloured badge: a loyalty class, a health band. */
export function badge(cls, text) {
  return h('span', { class: `badge ${cls}` }, text);
}

/**
 * Previous, "1–25 of 80" and Next for one page of a list as the API answers it
 * ({ items, total, offset, limit }); turn(offset) shows the page that starts there. Nothing for an
 * empty list: the view says why it is empty instead.
 */
export function pageControls(page, turn, testId, suffix = '') {
  if (page.total === 0) {
    return null;
  }
  const last = page.offset + page.items.length;
  return [
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => turn(Math.max(0, page.offset - page.limit)) }, t('pager.previous')),
    h('span', { 'data-test': testId }, t('pager.range', { first: count(page.offset + 1), last: count(last), total: count(page.total) }) + suffix),
    h('button', { type: 'button', disabled: last >= page.total, onclick: () => turn(page.offset + page.limit) }, t('pager.next')),
  ];
}
