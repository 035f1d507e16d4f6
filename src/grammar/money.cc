// Placeholder so the build links until the money grammar lands (owned by the money work).
