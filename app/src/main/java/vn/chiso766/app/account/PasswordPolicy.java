package vn.chiso766.app.account;

import java.security.SecureRandom;
import vn.chiso766.app.i18n.TranslatableException;

/**
 * What a password must be (at least 12 characters, not the user name), and one-time passwords for new users and
 * resets. One-time passwords avoid look-alike characters (0/O, 1/l/I) because they are read out or copied by hand.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final int ONE_TIME_LENGTH = 16;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new TranslatableException("account.password.error.short", MIN_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new TranslatableException("account.password.error.username");
        }
    }

    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
