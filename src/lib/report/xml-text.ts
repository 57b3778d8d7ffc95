/**
 * Characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE/FFFF): text
 * pasted from elsewhere or read from an imported file may carry them, and a Word or Excel file
 * that holds one will not open ("unreadable content"). Every Office export removes them here.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
	return text.replace(NOT_IN_XML, '');
}

/** The same value with every string in it made XML-safe (models are plain data: objects, arrays). */
export function xmlSafeDeep<T>(value: T): T {
	if (typeof value === 'string') return xmlSafe(value) as T;
	if (Array.isArray(value)) return value.map(xmlSafeDeep) as T;
	if (value instanceof Uint8Array) return value;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, xmlSafeDeep(inner)])
		) as T;
	}
	return value;
}
