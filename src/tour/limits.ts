/** Limits of a tour, shared by the schema (files) and the link codec (which stays free of zod: it loads first). */
export const TOUR_INTERVAL_RANGE = { min: 3, max: 600 } as const;
export const TOUR_MAX_STOPS = 40;
export const TOUR_CAPTION_MAX = 400;
