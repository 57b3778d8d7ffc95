/** Reads a DOM keyboard event into the pure shortcut rules of the walk-through. */
import { focusKindOf, shortcutFor, type Shortcut } from '$lib/domain/shortcuts';

export function shortcutFromEvent(event: KeyboardEvent): Shortcut | undefined {
	// Handled already (say, by a field of its own): not ours.
	if (event.defaultPrevented) return undefined;
	const target = event.target instanceof HTMLElement ? event.target : null;
	return shortcutFor({
		key: event.key,
		ctrlKey: event.ctrlKey,
		altKey: event.altKey,
		metaKey: event.metaKey,
		composing: event.isComposing,
		focus: focusKindOf(
			target?.tagName,
			target instanceof HTMLInputElement ? target.type : undefined,
			target?.isContentEditable ?? false,
			target?.getAttribute('role') === 'region'
		)
	});
}
