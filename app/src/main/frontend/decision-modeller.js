// The decision table editor for process admins: dmn-js, opened on the tables (not the diagram of
// requirements), since rules and periods are what admins change. Like the BPMN modeller it tells
// the server about each change a moment later; the server stores the draft.
//
// The editor lives in a shadow root of its own (see isolated-root.js): its cells are CodeMirror
// editors, which typed out of order inside Vaadin's layouts.
import DmnModeler from 'dmn-js/lib/Modeler';
import { isolatedContainer } from './isolated-root.js';

import diagramCss from 'dmn-js/dist/assets/diagram-js.css?inline';
import sharedCss from 'dmn-js/dist/assets/dmn-js-shared.css?inline';
import drdCss from 'dmn-js/dist/assets/dmn-js-drd.css?inline';
import tableCss from 'dmn-js/dist/assets/dmn-js-decision-table.css?inline';
import controlsCss from 'dmn-js/dist/assets/dmn-js-decision-table-controls.css?inline';
import literalCss from 'dmn-js/dist/assets/dmn-js-literal-expression.css?inline';
import fontCss from 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css?inline';
// Fonts are declared on the page: a shadow root's @font-face is not used.
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import modellerCss from './process-modeller.css?inline';
import './process-modeller.css';

const CHANGE_DELAY_MS = 700;

class DecisionModeller extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._shown = null;
    this._timer = null;
    this._listening = new WeakSet();
  }

  connectedCallback() {
    if (this._modeler) {
      return;
    }
    this._tabs = document.createElement('div');
    this._tabs.className = 'decision-modeller-tabs';
    this._tabs.setAttribute('role', 'group');
    this._tabs.setAttribute('aria-label', 'Decisions in this model');
    this._canvas = document.createElement('div');
    this._canvas.className = 'decision-modeller-canvas';
    isolatedContainer(this, [diagramCss, sharedCss, drdCss, tableCss, controlsCss, literalCss, fontCss, modellerCss])
      .append(this._tabs, this._canvas);
    this._modeler = new DmnModeler({
      container: this._canvas,

    });
    this._modeler.on('views.changed', () => {
      this._listen();
      this._drawTabs();
    });
    this._render();
  }

  set xml(value) { this._xml = value; this._render(); }
  get xml() { return this._xml; }

  async _render() {
    if (!this._modeler || !this._xml || this._xml === this._shown) {
      return;
    }
    try {
      await this._modeler.importXML(this._xml);
      this._shown = this._xml;
      const table = this._modeler.getViews().find((view) => view.type === 'decisionTable');
      if (table) {
        await this._modeler.open(table);
      }
      this._listen();
      this._drawTabs();
      this.removeAttribute('data-error');
      this.setAttribute('data-ready', 'true');
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message || error));
    }
  }

  _listen() {
    const viewer = this._modeler.getActiveViewer();
    if (viewer && !this._listening.has(viewer)) {
      this._listening.add(viewer);
      viewer.on('elements.changed', () => this._changed());
    }
  }

  _drawTabs() {
    const active = this._modeler.getActiveView();
    this._tabs.replaceChildren(...this._modeler.getViews().map((view) => {
      const button = document.createElement('button');
      button.type = 'button';
      const kind = view.type === 'drd' ? 'Diagram' : view.type === 'decisionTable' ? 'Table' : 'Expression';
      button.textContent = kind + ': ' + (view.element.name || view.element.id);
      button.setAttribute('aria-pressed', String(active && active.element === view.element));
      button.addEventListener('click', () => this._modeler.open(view));
      return button;
    }));
  }

  _changed() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._send(), CHANGE_DELAY_MS);
  }

  async _send() {
    const { xml } = await this._modeler.saveXML({ format: true });
    this._shown = xml;
    this._xml = xml;
    this.dispatchEvent(new CustomEvent('model-changed', { detail: { xml, findings: '[]' } }));
  }
}

customElements.define('decision-modeller', DecisionModeller);
