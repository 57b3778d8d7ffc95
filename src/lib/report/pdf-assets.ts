/**
 * What the PDF embeds: the DejaVu Sans fonts (fetched from the app's own /fonts, cached offline by
 * the service worker) and a JPEG of the element chart, drawn off-screen by Chart.js. The fonts are
 * Latin subsets (scripts/subset-fonts.mjs; coverage checked by pdf-fonts.test.ts): 50 KB each
 * instead of 740, since every visitor's service worker precaches them.
 */
import { elementChartConfig, labelLineWidth } from './element-chart';
import type { ReportElement } from './report-types';

function toBase64(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return btoa(binary);
}

export async function fetchFont(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`);
	return toBase64(await response.arrayBuffer());
}

/**
 * JPEG quality for the chart: flat colours and text at twice the print size stay clean at 0.92
 * (the browser's default).
 */
const CHART_JPEG_QUALITY = 0.92;

/**
 * A white-background JPEG of the element chart, drawn off-screen by Chart.js. JPEG, not PNG:
 * jsPDF embeds a JPEG as it is, while a PNG must be decoded first by fast-png and pako, about
 * 19 KB gzip that every visitor's service worker would precache (vite.config.ts leaves them out).
 */
export async function chartImage(
	elements: readonly ReportElement[]
): Promise<{ data: string; width: number; height: number }> {
	const { Chart } = await import('./chart-runtime');
	const width = 900;
	const fontSize = 16;
	const config = elementChartConfig(elements, {
		colors: {
			bar: '#2b5a5f',
			barBorder: '#1d4246',
			text: '#1f2429',
			grid: '#c9c4b8',
			surface: '#ffffff'
		},
		reducedMotion: true,
		fontSize,
		lineWidth: labelLineWidth(width, fontSize)
	});
	const lines = Math.max(1, ...(config.data.labels ?? []).map((label) => label.length));
	const height = Math.round(
		elements.length * (lines * 1.3 * fontSize + 1.25 * fontSize) + 5 * fontSize
	);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	canvas.style.width = `${width}px`;
	canvas.style.height = `${height}px`;
	const chart = new Chart(canvas, {
		...config,
		options: {
			...config.options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: 2,
			events: []
		},
		plugins: [
			{
				id: 'white-background',
				beforeDraw: (c) => {
					const ctx = c.ctx;
					ctx.save();
					ctx.fillStyle = '#ffffff';
					ctx.fillRect(0, 0, c.width, c.height);
					ctx.restore();
				}
			}
		]
	});
	try {
		chart.draw();
		return { data: chart.toBase64Image('image/jpeg', CHART_JPEG_QUALITY), width, height };
	} finally {
		chart.destroy();
	}
}
