/*
 * Asks the browser, as the page starts loading, which IndexedDB databases this site has. The
 * first storage request of a visit is slow (the browser opens its storage for the site: 30-160 ms
 * measured), so it runs while the app's code downloads. Home reads the answer
 * (src/lib/state/new-browser.ts) to show a new user's empty state without the database code.
 * Loaded with `async` from app.html; an old browser without databases() skips it.
 */
try {
	if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
		self.stsDatabases = indexedDB.databases();
		self.stsDatabases.catch(function () {});
	}
} catch {
	// Storage blocked (a private window in some browsers): home waits for the database as before.
}
