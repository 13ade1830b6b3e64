// Builds DOM nodes. Text always goes in as text nodes, never as HTML: host data is untrusted.

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

/** Runs a part of a view; when it fails, says so in its place instead of leaving it empty. */
export function guard(node, task) {
  task().catch((error) => append(node, h('p', { class: 'error', role: 'alert' }, error.message)));
}

/**
 * A table: columns are [label, class] pairs (class 'num' right-aligns the column); each row is
 * { cells, attributes } or just its cells, a cell being a text, a number or a node.
 */
export function table(attributes, columns, rows) {
  return h('div', { class: 'table-wrap' }, h('table', attributes,
    h('thead', {}, h('tr', {}, columns.map(([label, cls]) => h('th', { class: cls, scope: 'col' }, label)))),
    h('tbody', {}, rows.map((row) => {
      const { cells, attributes: rowAttributes } = Array.isArray(row) ? { cells: row, attributes: {} } : row;
      return h('tr', rowAttributes, cells.map((cell, i) => h('td', { class: columns[i][1] }, cell)));
    }))));
}

/** A coloured badge: a loyalty class, a health band. */
export function badge(cls, text) {
  return h('span', { class: `badge ${cls}` }, text);
}

/**
 * Previous, "1–25 of 80" and Next for one page of a list as the API answers it
 * ({ items, total, offset, limit }); turn(offset) shows the page that starts there.
 */
export function pageControls(page, turn, testId, suffix = '') {
  const last = page.offset + page.items.length;
  return [
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => turn(Math.max(0, page.offset - page.limit)) }, 'Previous'),
    h('span', { 'data-test': testId }, `${page.total === 0 ? 0 : page.offset + 1}–${last} of ${page.total}${suffix}`),
    h('button', { type: 'button', disabled: last >= page.total, onclick: () => turn(page.offset + page.limit) }, 'Next'),
  ];
}
