/** The highest consultation fee, in VND (100 million đồng): well inside the int column it is stored in. */
export const MAX_CONSULTATION_FEE = 100_000_000
