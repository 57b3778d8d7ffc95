/*
 * Decides, as the page starts loading, whether this browser has never held a workbook: no
 * IndexedDB database of ours and nothing in localStorage that remembers one (the names are
 * those of src/lib/db/names.ts; a unit test keeps them equal). The first storage request of a
 * visit is slow (the browser opens its storage for the site: 30-160 ms measured), so it runs
 * while the app's code downloads, and a new user's home shows its empty state from the HTML
 * (the `data-workbook="none"` attribute, see routes/+page.svelte) before any of that code runs.
 *
 * Anything else waits for the database: a browser that remembers a workbook whose database is
 * gone must see the data-loss notice, never a fresh start. An old browser without databases(),
 * or storage that is blocked, gives no verdict, and home waits as before.
 * Loaded with `async` from app.html.
 */
try {
	var remembered =
		localStorage.getItem('sts-workbook:data-marker') !== null ||
		localStorage.getItem('sts-workbook:unresolved-loss') !== null;
	if (!remembered && typeof indexedDB.databases === 'function') {
		self.stsNeverHeldAWorkbook = indexedDB.databases().then(
			function (databases) {
				var never = !databases.some(function (database) {
					return database.name === 'sts-workbook';
				});
				if (never) document.documentElement.setAttribute('data-workbook', 'none');
				return never;
			},
			function () {
				return false;
			}
		);
	}
} catch {
	// Storage blocked (a private window in some browsers): no verdict.
}
