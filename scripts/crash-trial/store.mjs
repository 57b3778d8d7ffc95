/** Reading the stored truth: what IndexedDB holds after a relaunch, and what the kill cost. */

const DATABASE = 'sts-workbook';

/** What IndexedDB holds for the assessment, read without the app (raw IndexedDB). */
export async function readStore(page, assessmentId) {
	return page.evaluate(
		async ({ name, id }) => {
			const names = (await indexedDB.databases()).map((d) => d.name);
			if (!names.includes(name)) return { exists: false };
			const db = await new Promise((ok, fail) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => ok(request.result);
				request.onerror = () => fail(request.error);
			});
			const all = (store) =>
				new Promise((ok, fail) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => ok(request.result);
					request.onerror = () => fail(request.error);
				});
			try {
				const assessments = await all('assessments');
				const sets = await all('responseSets');
				// Each set record holds its answers (database version 3).
				const consensus = sets.find((s) => s.assessmentId === id && s.kind === 'consensus');
				const items = {};
				for (const r of consensus?.responses ?? []) {
					items[r.itemId] = { answer: r.answer, notes: r.notes };
				}
				return {
					exists: true,
					assessments: assessments.length,
					hasAssessment: assessments.some((a) => a.id === id),
					items
				};
			} finally {
				db.close();
			}
		},
		{ name: DATABASE, id: assessmentId }
	);
}

export const answerKey = (answer) =>
	answer?.kind === 'score' ? String(answer.value) : answer?.kind;

/** Compares what is stored after the relaunch with what was there and what was done. */
export function judge(before, after, done) {
	const result = {
		dbLost: false,
		answerLost: 0,
		charsTyped: 0,
		charsLost: 0,
		earlierDamaged: 0,
		lostAfterSaved: 0
	};
	if (!after.exists || !after.hasAssessment || Object.keys(after.items).length === 0) {
		result.dbLost = true;
		return result;
	}
	for (const [itemId, was] of Object.entries(before.items)) {
		if (itemId === done.itemId) continue;
		const now = after.items[itemId];
		if (!now || answerKey(now.answer) !== answerKey(was.answer) || now.notes !== was.notes) {
			result.earlierDamaged += 1;
		}
	}
	const now = after.items[done.itemId] ?? { answer: null, notes: '' };
	if (done.kind === 'answer') {
		const got = answerKey(now.answer);
		if (got !== done.answer) {
			result.answerLost = 1;
			if (done.savedBeforeKill) result.lostAfterSaved = 1;
			if (got !== done.before) result.earlierDamaged += 1; // neither old nor new
		}
		if (now.notes !== (before.items[done.itemId]?.notes ?? '')) result.earlierDamaged += 1;
	} else {
		result.charsTyped = done.typed.length;
		if (!now.notes.startsWith(done.notesBefore)) {
			result.earlierDamaged += 1;
			result.charsLost = done.typed.length;
		} else {
			const added = now.notes.slice(done.notesBefore.length);
			let kept = 0;
			while (kept < added.length && added[kept] === done.typed[kept]) kept++;
			result.charsLost = done.typed.length - kept;
		}
		if (result.charsLost > 0 && done.savedBeforeKill) result.lostAfterSaved = 1;
		if (answerKey(now.answer) !== answerKey(before.items[done.itemId]?.answer)) {
			result.earlierDamaged += 1;
		}
	}
	return result;
}
