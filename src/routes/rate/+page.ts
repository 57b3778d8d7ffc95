// The rater's own device. The round's details are in the address's fragment ("#join=..."), which
// only the browser sees, so the page is a shell built at build time (no server rendering: the
// fragment never reaches one) and prerendered, so the service worker caches it with the app and
// it opens offline, on a phone that has never seen the workbook before this one visit.
export const prerender = true;
export const ssr = false;
