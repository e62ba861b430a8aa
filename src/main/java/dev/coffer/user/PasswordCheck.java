package dev.coffer.user;

/**
 * Checks a password against a stored hash. The user domain needs it to confirm an account
 * deletion; the hashing scheme belongs to {@code auth}, which implements this.
 */
public interface PasswordCheck {

    boolean matches(String password, String hash);
}
