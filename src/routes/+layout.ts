// The workbook runs entirely in the browser: IndexedDB is never touched at build time. Every
// static page is prerendered (home and About with their content, see their +page.ts) so the
// service worker can serve it offline.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
