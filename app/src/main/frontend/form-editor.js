// The form editor for process admins: form-js, the editor of Camunda Forms. A field's visibility
// (who reads the answer besides its author) is its custom property "visibility"; the server reads
// the schema and checks it (ADR 0011). Each change reaches the server a moment later.
import { FormEditor } from '@bpmn-io/form-js-editor';

import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './process-modeller.css';
import panelCss from '@bpmn-io/form-js-editor/dist/assets/properties-panel.css?inline';
import { isolatedPanel } from './isolated-root.js';

const CHANGE_DELAY_MS = 700;

// Takes the components the app cannot show out of the palette. They stay registered, so a schema
// made elsewhere that uses them still opens (and the checks name them); the palette lists the
// registry's enumerable entries only.
function paletteLimitedTo(shown) {
  function LimitPalette(formFields) {
    const registry = formFields._formFields;
    Object.keys(registry).filter(type => type !== 'default' && !shown.includes(type)).forEach(type => {
      Object.defineProperty(registry, type, { value: registry[type], enumerable: false, configurable: true,
        writable: true });
    });
  }
  LimitPalette.$inject = ['formFields'];
  return { __init__: ['limitPalette'], limitPalette: ['type', LimitPalette] };
}

class FormModeller extends HTMLElement {
  constructor() {
    super();
    this._schema = null;
    this._shown = null;
    this._timer = null;
  }

  connectedCallback() {
    if (this._editor) {
      return;
    }
    this._canvas = document.createElement('div');
    this._canvas.className = 'form-modeller-canvas';
    // The panel's FEEL fields are CodeMirror editors: in a shadow root of their own (isolated-root.js).
    const panel = isolatedPanel('form-modeller-panel', 'Properties of the selected field', [panelCss]);
    const frame = document.createElement('div');
    frame.className = 'form-modeller-frame';
    frame.append(this._canvas, panel.host);
    this.appendChild(frame);
    const shown = (this.getAttribute('shown-types') || '').split(' ').filter(Boolean);
    this._editor = new FormEditor({
      container: this._canvas,
      propertiesPanel: { parent: panel.container },
      additionalModules: shown.length ? [paletteLimitedTo(shown)] : []
    });
    this._editor.on('changed', () => this._changed());
    this._render();
  }

  set schema(value) { this._schema = value; this._render(); }
  get schema() { return this._schema; }

  async _render() {
    if (!this._editor || !this._schema || this._schema === this._shown) {
      return;
    }
    try {
      await this._editor.importSchema(JSON.parse(this._schema));
      this._shown = this._schema;
      this._ready = true;
      this.removeAttribute('data-error');
      this.setAttribute('data-ready', 'true');
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message || error));
    }
  }

  _changed() {
    if (!this._ready) {
      return;
    }
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._send(), CHANGE_DELAY_MS);
  }

  _send() {
    const schema = JSON.stringify(this._editor.saveSchema(), null, 2);
    this._shown = schema;
    this._schema = schema;
    this.dispatchEvent(new CustomEvent('model-changed', { detail: { xml: schema, findings: '[]' } }));
  }
}

customElements.define('form-modeller', FormModeller);
