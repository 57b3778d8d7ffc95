/**
 * A pass-the-laptop turn is on: one person rates privately. The assessment's bar then hides its
 * menu (the reveal is two clicks away there) and its "saved" line (the turn's answers are not
 * stored until "Hand in"), and says so instead.
 */
export const privateTurn = $state({ active: false });
