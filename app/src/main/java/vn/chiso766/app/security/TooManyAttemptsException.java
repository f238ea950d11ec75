package vn.chiso766.app.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password because of repeated failures. */
public class TooManyAttemptsException extends AuthenticationException {

    public TooManyAttemptsException() {
        super("Too many failed sign-in attempts; try again later");
    }
}
