// The workbook runs entirely in the browser: IndexedDB is never touched at build time, and every
// static page is prerendered as an app shell that the service worker can serve offline.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
