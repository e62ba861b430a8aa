package dev.coffer.auth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.user.PasswordCheck;
import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt in Modular Crypt Format ({@code $2a$<cost>$...}), so every hash names its own cost. */
@ApplicationScoped
public class PasswordHasher implements PasswordCheck {

    private static final int MINIMUM_COST = 10;

    private final int cost;
    /** Checked when the email is unknown, so that such a login takes as long as a wrong password. */
    private final String dummyHash;

    PasswordHasher(AuthConfig config) {
        if (config.bcryptCost() < MINIMUM_COST || config.bcryptCost() > 31) {
            throw new IllegalStateException("coffer.auth.bcrypt-cost must be between " + MINIMUM_COST + " and 31");
        }
        this.cost = config.bcryptCost();
        this.dummyHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    @Override
    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one verification without any account behind it. */
    public void verifyAgainstDummy(String password) {
        BcryptUtil.matches(password, dummyHash);
    }

    public boolean needsRehash(String hash) {
        return costOf(hash) != cost;
    }

    static int costOf(String hash) {
        // $2a$10$<salt+digest>
        String[] parts = hash.split("\\$");
        if (parts.length < 4) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
