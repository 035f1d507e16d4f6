// Placeholder until the money grammar tests land (owned by the money work).
