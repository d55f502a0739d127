// A read-only BPMN diagram with the steps a case is at marked. Light DOM on purpose: bpmn-js
// styles itself with global stylesheets, which a shadow root would keep out.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './process-diagram.css';

const MARKER = 'current-step';

class ProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._current = [];
    this._label = '';
    this._renders = 0;
    this._marked = [];
  }

  connectedCallback() {
    if (!this._viewer) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'process-diagram-canvas';
      this.appendChild(this._canvas);
      this._viewer = new NavigatedViewer({ container: this._canvas });
    }
    this._render();
  }

  set xml(value) { this._xml = value; this._render(); }
  get xml() { return this._xml; }

  /** Element ids, separated by spaces. */
  set current(value) { this._current = (value || '').split(/\s+/).filter(Boolean); this._render(); }
  get current() { return this._current.join(' '); }

  /** The text alternative for the picture, given by the server. */
  set label(value) { this._label = value || ''; this._labelSvg(); }
  get label() { return this._label; }

  _labelSvg() {
    const svg = this._canvas && this._canvas.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this._label);
    }
  }

  /** The whole process in view; on a long process the labels get small. */
  showAll() {
    if (this._shown) {
      this._viewer.get('canvas').zoom('fit-viewport', 'auto');
    }
  }

  /** Readable size, centred on the first current step. */
  showCurrent() {
    if (!this._shown || !this._marked.length) {
      this.showAll();
      return;
    }
    const canvas = this._viewer.get('canvas');
    const element = this._viewer.get('elementRegistry').get(this._marked[0]);
    canvas.zoom(1);
    const outer = canvas.viewbox().outer;
    canvas.viewbox({
      x: element.x + element.width / 2 - outer.width / 2,
      y: element.y + element.height / 2 - outer.height / 2,
      width: outer.width,
      height: outer.height
    });
  }

  async _render() {
    if (!this._viewer || !this._xml) {
      return;
    }
    const render = ++this._renders;
    try {
      if (this._shown !== this._xml) {
        await this._viewer.importXML(this._xml);
        this._shown = this._xml;
      }
      if (render !== this._renders) {
        return;
      }
      const canvas = this._viewer.get('canvas');
      const registry = this._viewer.get('elementRegistry');
      this._marked.forEach((id) => registry.get(id) && canvas.removeMarker(id, MARKER));
      this._marked = this._current.filter((id) => registry.get(id));
      this._marked.forEach((id) => canvas.addMarker(id, MARKER));
      if (this._marked.length) {
        this.showCurrent();
      } else {
        this.showAll();
      }
      this._labelSvg();
      this.removeAttribute('data-error');
      this.setAttribute('data-marked', this._marked.join(' '));
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message || error));
    }
  }
}

customElements.define('process-diagram', ProcessDiagram);
