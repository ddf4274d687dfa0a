/** Ids in the address bar are checked before they reach the API. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** "HH:MM", 24-hour */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
