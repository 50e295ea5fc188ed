// Vitest runs lib/ outside Next's react-server layer, where the real "server-only" would throw.
export {};
