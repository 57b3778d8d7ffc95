/** Shared by the repository tests: the framework reference and set-up details they create with. */
export const testFramework = { id: 'nctsn-sts-essentials', version: '1.0.0' };

export const testDraft = {
	organization: 'Riverbend Family Services',
	unit: 'Foster care',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-31',
	facilitator: 'Ana'
};
