/** Why an item has impact 3: the seed names this triad as the most important prevention. */
export const TRIAD = 'is part of the most important prevention triad';
