/** Shared by the repository tests: the framework reference and set-up details they create with. */
export const testFramework = { id: 'nctsn-sts-essentials', version: '1.0.0' };

export const testDraft = {
	organization: 'Riverbend Family Services',
	unit: 'Foster care',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-31',
	facilitator: 'Ana'
};

/** Two elements: x holds item.a and item.b, y holds item.c and item.d (home summary tests). */
export const twoElementFramework = {
	id: 'test-framework',
	version: '1',
	elements: [
		{ id: 'x', number: 1 },
		{ id: 'y', number: 2 }
	],
	items: [
		{ id: 'item.a', elementId: 'x' },
		{ id: 'item.b', elementId: 'x' },
		{ id: 'item.c', elementId: 'y' },
		{ id: 'item.d', elementId: 'y' }
	]
} as unknown as import('./summaries').SummaryFramework;
