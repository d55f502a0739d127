// The BPMN modeller for process admins: bpmn-js with the Camunda 8 (Zeebe) properties panel and
// Camunda's own lint rules, run in the browser while the admin edits. Light DOM, as the diagram
// viewer: bpmn-js and the properties panel style themselves with global stylesheets.
//
// The server owns the draft. This element tells it about every change (debounced), with the XML
// and the lint findings; the server stores the draft and runs the app's own rules.
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { Linter } from '@camunda/linting';
import LintingModule from '@camunda/linting/modeler';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '@camunda/linting/assets/linting.css';
import './process-modeller.css';
import panelCss from '@bpmn-io/properties-panel/dist/assets/properties-panel.css?inline';
import lintingCss from '@camunda/linting/assets/linting.css?inline';
import { isolatedPanel } from './isolated-root.js';

// Our human tasks are job-worker user tasks (ADR 0002); Camunda's rule that asks for Camunda user
// tasks instead would flag every one of them.
const APP_RULES = {
  config: {
    rules: {
      'camunda-compat/zeebe-user-task': 'off'
    }
  }
};

/** Smallest zoom a diagram opens at: below it labels cannot be read. */
const READABLE_ZOOM = 0.6;
/** Width of the tool palette drawn over the left of the canvas. */
const PALETTE_PX = 110;
const CHANGE_DELAY_MS = 700;

class ProcessModeller extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._shown = null;
    this._timer = null;
    this._linter = new Linter({ modeler: 'web', type: 'cloud', plugins: [ APP_RULES ] });
  }

  connectedCallback() {
    if (this._modeler) {
      return;
    }
    this._canvas = document.createElement('div');
    this._canvas.className = 'process-modeller-canvas';
    // The panel's FEEL fields are CodeMirror editors: in a shadow root of their own (isolated-root.js).
    const panel = isolatedPanel('process-modeller-panel', 'Properties of the selected element', [panelCss, lintingCss]);
    this._panel = panel.container;
    const frame = document.createElement('div');
    frame.className = 'process-modeller-frame';
    frame.append(this._canvas, panel.host);
    this.appendChild(frame);
    this._modeler = new Modeler({
      container: this._canvas,
      
      propertiesPanel: { parent: this._panel },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        ZeebePropertiesProviderModule,
        ZeebeBehaviorsModule,
        LintingModule
      ],
      moddleExtensions: { zeebe: zeebeModdle }
    });
    this._canvas.tabIndex = 0;
    this._modeler.on('commandStack.changed', () => this._changed());
    this._render();
  }

  set xml(value) { this._xml = value; this._render(); }
  get xml() { return this._xml; }

  /** Selects an element and opens its properties, as a finding's link asks. */
  select(elementId) {
    if (!this._modeler) {
      return;
    }
    const element = this._modeler.get('elementRegistry').get(elementId);
    if (element) {
      this._modeler.get('selection').select(element);
      this._modeler.get('canvas').scrollToElement(element,
        { top: 80, bottom: 80, left: PALETTE_PX + 40, right: 80 });
    }
  }

  fit() {
    if (this._modeler && this._shown) {
      const canvas = this._modeler.get('canvas');
      const zoom = canvas.zoom('fit-viewport', 'auto');
      if (zoom < READABLE_ZOOM) {
        // A long process fitted whole is too small to read or click: open it at a size people can
        // work at, from its start, clear of the palette; scrolling shows the rest.
        const inner = canvas.viewbox().inner;
        canvas.zoom(READABLE_ZOOM);
        const box = canvas.viewbox();
        canvas.viewbox({ x: inner.x - PALETTE_PX / READABLE_ZOOM, y: inner.y + inner.height / 2 - box.height / 2,
          width: box.width, height: box.height });
      }
    }
  }

  async _render() {
    if (!this._modeler || !this._xml || this._xml === this._shown) {
      return;
    }
    try {
      const result = await this._modeler.importXML(this._xml);
      this._shown = this._xml;
      this.fit();
      this._labelSvg();
      this.removeAttribute('data-error');
      this.setAttribute('data-ready', 'true');
      await this._lint(result.warnings || []);
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message || error));
      this.dispatchEvent(new CustomEvent('model-unreadable', {
        detail: { message: String(error && error.message || error) }
      }));
    }
  }

  _labelSvg() {
    const svg = this._canvas.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', 'The process diagram being edited');
    }
  }

  _changed() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._send(), CHANGE_DELAY_MS);
  }

  async _send() {
    const { xml } = await this._modeler.saveXML({ format: true });
    this._shown = xml;
    this._xml = xml;
    const findings = await this._lint([]);
    this.dispatchEvent(new CustomEvent('model-changed', {
      detail: { xml, findings: JSON.stringify(findings) }
    }));
  }

  /** Runs Camunda's rules, marks the elements on the canvas and returns plain findings. */
  async _lint() {
    const definitions = this._modeler.getDefinitions();
    const started = performance.now();
    let reports = [];
    try {
      reports = await this._linter.lint(definitions);
    } catch (error) {
      reports = [];
    }
    const linting = this._modeler.get('linting');
    linting.setErrors(reports);
    linting.activate();
    const registry = this._modeler.get('elementRegistry');
    const findings = reports.map((report) => {
      const element = registry.get(report.id);
      const name = element && element.businessObject && element.businessObject.name;
      return {
        elementId: report.id,
        elementName: name || '',
        message: report.message,
        severity: report.category === 'error' ? 'ERROR' : 'WARNING',
        rule: report.rule || ''
      };
    });
    this.setAttribute('data-findings', String(findings.length));
    // For the benchmark: how long Camunda's rules took on this model in this browser.
    this.setAttribute('data-lint-ms', String(Math.round(performance.now() - started)));
    this.dispatchEvent(new CustomEvent('model-linted', { detail: { findings: JSON.stringify(findings) } }));
    return findings;
  }
}

customElements.define('process-modeller', ProcessModeller);
