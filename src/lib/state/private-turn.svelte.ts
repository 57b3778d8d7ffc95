/**
 * Raters are passing the laptop: each rates privately in turn. The assessment's bar then hides its
 * menu (the reveal is two clicks away there) and its "saved" line (a turn's answers are not
 * stored until "Hand in"), and says so instead. The page's own link leads back to the workshop.
 */
export const privateTurn = $state({ active: false });
