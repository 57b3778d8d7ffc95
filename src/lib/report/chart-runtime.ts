/**
 * The only module that loads Chart.js at runtime. Screens import it lazily
 * (`await import('$lib/report/chart-runtime')`), so Chart.js stays out of every other page's
 * bundle. It registers just what a bar chart needs, plus the legend (the Compare chart names
 * each cycle's pattern in it; every other chart turns it off): no other controllers or plugins.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
