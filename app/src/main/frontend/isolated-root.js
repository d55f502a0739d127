// A container in a shadow root of its own, for editors built on CodeMirror (the FEEL fields of the
// properties panels, the decision table's cells). Every view of the app is slotted into Vaadin's
// layouts, and CodeMirror takes the shadow root a slot belongs to for its own: focus and the caret
// then read as elsewhere, so typed characters land out of order ("P2D" in quotes became 2""PD").
// Inside a root of its own the editor finds its focus and caret where they are. Stylesheets do not
// cross into a shadow root, so the editor's own are given to it here.

/**
 * @param {HTMLElement} host the element that gets the shadow root (it stays where it is in the page)
 * @param {string[]} styles the CSS texts the editor needs
 * @returns {HTMLElement} the container to build the editor in
 */
export function isolatedContainer(host, styles) {
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles.join('\n');
  const container = document.createElement('div');
  container.style.height = '100%';
  root.replaceChildren(style, container);
  return container;
}

/**
 * A region beside an editor's canvas for its properties panel, the panel built in a root of its own.
 *
 * @param {string} className the region's class, for the page's layout of canvas and panel
 * @param {string} label what the region is, for screen readers
 * @param {string[]} styles the CSS texts the panel needs
 * @returns {{host: HTMLElement, container: HTMLElement}} the region to place, and where the panel goes
 */
export function isolatedPanel(className, label, styles) {
  const host = document.createElement('div');
  host.className = className;
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', label);
  return { host, container: isolatedContainer(host, styles) };
}
