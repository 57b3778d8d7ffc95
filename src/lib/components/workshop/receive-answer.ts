/** What the page tells a receive control after it tried: received (or counted once), or why not. */
export interface ReceiveAnswer {
	ok: boolean;
	message: string;
}
