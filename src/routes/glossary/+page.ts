// Static text: rendered into the HTML at build time, readable before any JavaScript runs.
export const ssr = true;
