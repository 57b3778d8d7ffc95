// The home page is rendered into its HTML at build time (header, heading, buttons, a quiet
// loading line), so it paints before any JavaScript runs; the list comes from this device after.
export const ssr = true;
