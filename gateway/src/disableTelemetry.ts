// Imported before @apollo/gateway: the gateway otherwise sends telemetry and probes cloud metadata
// services at start, and the platform must run with no internet (docs/architecture.md §3).
process.env.APOLLO_TELEMETRY_DISABLED = '1';
