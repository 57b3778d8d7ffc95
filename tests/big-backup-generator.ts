/**
 * Generates an example-sized backup of many assessments in the backup layout (one assessment
 * per line), piece by piece: the example's 27 answered items with notes, its roster, and 35-42
 * plan actions each, all with fresh ids. Used by tests/big-backup.spec.ts (a 5,000-assessment
 * restore through the file input) and by the streaming reader's unit test.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const FIXTURE = new URL('../src/lib/domain/fixtures/workbook-v1.json', import.meta.url);

interface Bundle {
	assessment: { id: string; organization: string; roster: { id: string }[] } & Record<
		string,
		unknown
	>;
	responseSets: ({ id: string; assessmentId: string } & Record<string, unknown>)[];
	responses: ({ id: string; assessmentId: string; responseSetId: string } & Record<
		string,
		unknown
	>)[];
	plan: Record<string, unknown>[];
}

const horizons = ['now', 'next', 'later'] as const;
const levels = ['individual', 'supervisor', 'organization'] as const;

function planActions(assessmentId: string, count: number, now: string) {
	return Array.from({ length: count }, (_, i) => ({
		id: randomUUID(),
		assessmentId,
		origin: { kind: 'suggested', actionId: `action.generated-${i}` },
		title: `Schedule reflective supervision for every team (${i + 1})`,
		description:
			'Protected time, at least monthly, where supervisors help staff notice and talk about the effect of the work on them.',
		level: levels[i % 3],
		type: i % 4 === 0 ? 'intervention' : 'prevention',
		linkedItemIds: ['item.reflective-supervision', 'item.supervisor-training'],
		priority: 1.5 - i / 100,
		priorityReason:
			'Gap 0.75 × impact 3 × risk boost 1.35: the supervision triad item is scored low and heavy caseloads were reported as high.',
		horizon: horizons[i % 3],
		owner: 'Clinical director',
		startDate: '2026-04-01',
		dueDate: '2026-06-30',
		status: i % 5 === 0 ? 'accepted' : 'proposed',
		successMeasure:
			'Every supervisor has held at least two reflective sessions with each team member.',
		notes: 'Discussed at the March meeting; HR to check the budget for external supervision.',
		order: i,
		editedByTeam: i % 5 === 0,
		createdAt: now,
		updatedAt: now
	}));
}

/** The example bundle of the stored fixture, as a template. */
function template(): Bundle {
	const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { assessments: Bundle[] };
	return file.assessments[0]!;
}

/**
 * The pieces of a backup file with `count` assessments (header line, one line each, end). With
 * `cyclesPerOrganization` above 1, consecutive assessments are cycles of one organization (one
 * year apart, the latest last), as a consultant's yearly reviews are.
 */
export function* bigBackupChunks(count: number, cyclesPerOrganization = 1): Generator<string> {
	const base = template();
	const now = '2026-03-12T16:00:00.000Z';
	yield `${JSON.stringify({
		format: 'sts-workbook',
		version: 2,
		generator: { app: 'STS Workbook', appVersion: 'generated' },
		exportedAt: now,
		scope: 'backup'
	}).slice(0, -1)},"assessments":[\n`;
	for (let n = 0; n < count; n++) {
		const id = randomUUID();
		const sets = new Map(base.responseSets.map((s) => [s.id, randomUUID()]));
		const bundle: Bundle = {
			assessment: {
				...base.assessment,
				id,
				organization: `Generated agency ${Math.floor(n / cyclesPerOrganization) + 1}`,
				// A consultant's own work, not the built-in example the template was made from.
				isExample: false,
				...(cyclesPerOrganization > 1
					? {
							cycleLabel: `Review ${2020 + (n % cyclesPerOrganization)}`,
							date: `${2020 + (n % cyclesPerOrganization)}-03-01`
						}
					: {}),
				roster: base.assessment.roster.map((m) => ({ ...m, id: randomUUID() }))
			},
			responseSets: base.responseSets.map((s) => ({ ...s, id: sets.get(s.id)!, assessmentId: id })),
			responses: base.responses.map((r) => ({
				...r,
				id: randomUUID(),
				assessmentId: id,
				responseSetId: sets.get(r.responseSetId)!,
				notes:
					(r.notes as string) ||
					'The team agreed this is partly in place: supervision happens, but not for every team.'
			})),
			plan: planActions(id, 35 + (n % 8), now)
		};
		yield `${JSON.stringify(bundle)}${n < count - 1 ? ',' : ''}\n`;
	}
	yield ']}\n';
}
