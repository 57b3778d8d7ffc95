/**
 * The only module that loads Chart.js at runtime. Screens import it lazily
 * (`await import('$lib/report/chart-runtime')`), so Chart.js stays out of every other page's
 * bundle. It registers just what a bar chart needs: no other controllers, elements or plugins.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
