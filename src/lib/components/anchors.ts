/** DOM ids for items: content ids contain dots, which CSS selectors would need to escape. */
export function itemAnchor(itemId: string): string {
	return `at-${itemId.replaceAll('.', '-')}`;
}
