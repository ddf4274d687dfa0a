// Placeholder interface owned by the seed work in progress; replaced by the real seed.
export {}
