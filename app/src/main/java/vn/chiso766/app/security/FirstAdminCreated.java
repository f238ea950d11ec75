package vn.chiso766.app.security;

/**
 * Published inside the transaction that creates the first administrator, so that the audit trail records it in
 * the same transaction without security depending on the audit feature (which depends on security).
 */
public record FirstAdminCreated(String username, String displayName, boolean mustChangePassword) {}
