import type { TooltipItem } from 'vitest' extends never ? never : import('chart.js').TooltipItem<'bar'>;
