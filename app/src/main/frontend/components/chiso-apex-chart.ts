/*
 * <chiso-apex-chart>: draws an ApexCharts chart from the JSON options that the Java component ApexChart sets.
 *
 * Functions cannot travel in JSON, so this element installs the formatters: every number in data labels, axis
 * labels and tooltips is written with Intl.NumberFormat in the locale sent from Java ("84,1" in Vietnamese).
 * Data points may carry two fields of ours: `mark` (a short sign shown after the number) and `missing` (the text
 * for a cell without a value). A click on a data point is sent to Java as `chart-click`. Animations are off for
 * users who ask for reduced motion.
 */
import ApexCharts from 'apexcharts';

type Json = Record<string, any>;

interface PointContext {
  seriesIndex: number;
  dataPointIndex: number;
  w: { config: Json };
}

class ChisoApexChart extends HTMLElement {
  private _options?: Json;
  private _locale = 'vi';
  private chart?: ApexCharts;
  private renderQueued = false;
  private readonly container: HTMLDivElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block; }';
    this.container = document.createElement('div');
    root.append(style, this.container);
  }

  get options(): Json | undefined {
    return this._options;
  }

  set options(options: Json | undefined) {
    this._options = options;
    this.queueRender();
  }

  get locale(): string {
    return this._locale;
  }

  set locale(locale: string) {
    this._locale = locale || 'vi';
    this.queueRender();
  }

  connectedCallback() {
    // Flow may have set the properties before this class was defined; pass them through the setters.
    this.upgradeProperty('options');
    this.upgradeProperty('locale');
    this.queueRender();
  }

  disconnectedCallback() {
    this.destroyChart();
  }

  private upgradeProperty(name: 'options' | 'locale') {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = (this as any)[name];
      delete (this as any)[name];
      (this as any)[name] = value;
    }
  }

  /** Options and locale usually arrive in the same round trip: draw once for both. */
  private queueRender() {
    if (this.renderQueued) {
      return;
    }
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.renderChart();
    });
  }

  private renderChart() {
    this.destroyChart();
    if (!this.isConnected || !this._options) {
      return;
    }
    this.chart = new ApexCharts(this.container, this.completeOptions(structuredClone(this._options)));
    this.chart.render();
  }

  private destroyChart() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private prefersReducedMotion(): boolean {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  private completeOptions(options: Json): Json {
    const numbers = new Intl.NumberFormat(this._locale, { maximumFractionDigits: 2 });
    const wholeNumbers = new Intl.NumberFormat(this._locale, { maximumFractionDigits: 0 });
    const format = (value: unknown, formatter: Intl.NumberFormat = numbers) =>
      typeof value === 'number' && Number.isFinite(value) ? formatter.format(value) : (value ?? '');

    const point = (context: PointContext | undefined): Json | undefined => {
      const data = context?.w?.config?.series?.[context.seriesIndex]?.data;
      const value = data?.[context!.dataPointIndex];
      return value !== null && typeof value === 'object' ? value : undefined;
    };
    const pointText = (value: unknown, context: PointContext | undefined, inTooltip: boolean) => {
      const p = point(context);
      if (p?.missing !== undefined) {
        return inTooltip ? p.missing : '';
      }
      const text = format(value);
      return p?.mark ? `${text} ${p.mark}` : text;
    };

    options.dataLabels = {
      ...options.dataLabels,
      formatter: (value: unknown, context: PointContext) => pointText(value, context, false),
    };
    options.tooltip = {
      ...options.tooltip,
      y: { ...options.tooltip?.y, formatter: (value: unknown, context: PointContext) => pointText(value, context, true) },
    };
    const axes = Array.isArray(options.yaxis) ? options.yaxis : [options.yaxis ?? {}];
    axes.forEach((axis: Json) => {
      const formatter = axis.decimalsInFloat === 0 ? wholeNumbers : numbers;
      axis.labels = { ...axis.labels, formatter: (value: unknown) => format(value, formatter) };
    });
    options.yaxis = Array.isArray(options.yaxis) ? axes : axes[0];
    options.xaxis = {
      ...options.xaxis,
      labels: { ...options.xaxis?.labels, formatter: (value: unknown) => format(value) },
    };
    options.chart = {
      ...options.chart,
      // The page's font (Lumo's) instead of ApexCharts' Helvetica.
      fontFamily: getComputedStyle(this).fontFamily || undefined,
      animations: { ...options.chart?.animations, enabled: !this.prefersReducedMotion() },
      events: {
        ...options.chart?.events,
        dataPointSelection: (_event: unknown, _chart: unknown, context: PointContext) => {
          this.dispatchEvent(
            new CustomEvent('chart-click', {
              detail: { seriesIndex: context.seriesIndex, dataPointIndex: context.dataPointIndex },
              bubbles: true,
              composed: true,
            }),
          );
        },
      },
    };
    return options;
  }
}

customElements.define('chiso-apex-chart', ChisoApexChart);
