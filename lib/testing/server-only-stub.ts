// Stands in for the 'server-only' marker in unit tests (it throws outside React Server bundling).
export {};
