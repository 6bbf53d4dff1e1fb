// Stands in for the "server-only" marker package under vitest, which does
// not run with the react-server export condition.
export {};
