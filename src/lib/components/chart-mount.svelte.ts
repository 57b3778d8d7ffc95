/**
 * Mounts a Chart.js chart on a canvas as an attachment: Chart.js loads on demand
 * (report/chart-runtime), the chart gets a plain copy of its data (never a $state proxy), and it
 * is redrawn when its data, the colour scheme, presentation mode or its width change. A chart
 * with inline plugins (the reveal's segment labels carry their colours) is made anew instead: a
 * plugin cannot be updated in place. The chart's
 * configuration is built by a pure, tested function in src/lib/report; this only wires it up.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';

/** What a chart's builder reads off the page: the design tokens, font and room it has. */
export interface ChartSurface {
	/** A design token's value (`--color-text`), or the fallback. */
	token: (name: string, fallback: string) => string;
	fontSize: number;
	fontFamily: string | undefined;
	/** The width the chart has, in CSS pixels. */
	width: number;
	reducedMotion: boolean;
}

/** The bar chart colours of the design tokens (light, dark and projector modes alike). */
export function barColors(surface: ChartSurface) {
	return {
		bar: surface.token('--color-accent', '#2b5a5f'),
		barBorder: surface.token('--color-accent-strong', '#1d4246'),
		text: surface.token('--color-text', '#1f2429'),
		grid: surface.token('--color-border', '#c9c4b8'),
		surface: surface.token('--color-surface', '#ffffff')
	};
}

export function chartAttachment(
	build: (surface: ChartSurface) => ChartConfiguration,
	/** Read inside an effect: the chart redraws when what it reads changes. */
	track: () => unknown,
	onFail: () => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: Chart | undefined;
		let gone = false;
		const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
		const scheme = window.matchMedia('(prefers-color-scheme: dark)');
		const surface = (): ChartSurface => {
			const css = getComputedStyle(canvas);
			return {
				token: (name, fallback) => css.getPropertyValue(name).trim() || fallback,
				fontSize: Math.round(parseFloat(css.fontSize) || 14),
				fontFamily: css.fontFamily || undefined,
				width: canvas.parentElement?.clientWidth ?? 480,
				reducedMotion: motion.matches
			};
		};
		let ChartClass: typeof Chart | undefined;
		const redraw = () => {
			if (!chart || !ChartClass) return;
			const config = build(surface());
			if (config.plugins?.length) {
				chart.destroy();
				chart = new ChartClass(canvas, config);
				return;
			}
			chart.data = config.data;
			chart.options = config.options ?? {};
			chart.update(motion.matches ? 'none' : undefined);
		};
		import('$lib/report/chart-runtime')
			.then(({ Chart }) => {
				ChartClass = Chart;
				if (!gone) chart = new Chart(canvas, build(surface()));
			})
			.catch(onFail);
		$effect(() => {
			void track();
			redraw();
		});
		scheme.addEventListener('change', redraw);
		let lastWidth = canvas.parentElement?.clientWidth ?? 0;
		const resize = new ResizeObserver(([entry]) => {
			const width = Math.round(entry?.contentRect.width ?? 0);
			if (width === lastWidth) return;
			lastWidth = width;
			redraw();
		});
		if (canvas.parentElement) resize.observe(canvas.parentElement);
		const observer = new MutationObserver(redraw);
		observer.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-presentation']
		});
		return () => {
			gone = true;
			scheme.removeEventListener('change', redraw);
			observer.disconnect();
			resize.disconnect();
			chart?.destroy();
			chart = undefined;
		};
	};
}
