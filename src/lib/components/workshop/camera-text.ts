/**
 * Why the camera did not start, in words that say what to do next. getUserMedia fails with a
 * DOMException whose name tells the cause; a page served over plain HTTP (not localhost) has no
 * camera API at all.
 */
export const CAMERA_MESSAGES = {
	unavailable:
		'This browser cannot use a camera on this page. Type the code instead (the camera needs the workbook to be opened over HTTPS).',
	denied:
		'The camera is not allowed for this page. Type the code instead, or allow the camera in the browser’s settings and try again.',
	missing: 'No camera was found on this device. Type the code instead.',
	busy: 'The camera is in use by another app. Close that app and try again, or type the code instead.',
	other: 'The camera could not be started. Type the code instead.'
} as const;

export function cameraProblem(error: unknown): string {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	switch (name) {
		case 'NotAllowedError':
		case 'SecurityError':
			return CAMERA_MESSAGES.denied;
		case 'NotFoundError':
		case 'OverconstrainedError':
			return CAMERA_MESSAGES.missing;
		case 'NotReadableError':
		case 'AbortError':
			return CAMERA_MESSAGES.busy;
		default:
			return CAMERA_MESSAGES.other;
	}
}

/** True when this page may ask for a camera at all. */
export function cameraAvailable(): boolean {
	return typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
}
