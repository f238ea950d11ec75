package vn.chiso766.app.admin;

import org.jspecify.annotations.Nullable;

/** The created user and, when it was generated, the one-time password to show the administrator once. */
public record CreatedUser(UserRow user, @Nullable String oneTimePassword) {}
