package vn.chiso766.domain.report;

/**
 * The signature block: {@code authority} is the line above the title when signing on behalf ("KT. CHỦ TỊCH"),
 * empty when the chair signs in person.
 */
public record Signer(String authority, String position, String name) {}
