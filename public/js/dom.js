// A tiny element builder. Text always goes in as text nodes, never as HTML: document content cannot inject markup.

/** h('p', { class: 'x' }, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return element
}

export function clear(element) {
  element.replaceChildren()
  return element
}
