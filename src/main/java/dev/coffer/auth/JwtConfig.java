package dev.coffer.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Access tokens ({@code coffer.jwt.*}). application.properties fills these from the platform
 * variables {@code JWT_PRIVATE_KEY}, {@code JWT_PUBLIC_KEY} and {@code COFFER_JWT_ISSUER}, and holds the
 * issuer's default, which SmallRye JWT's own settings refer to.
 */
@ConfigMapping(prefix = "coffer.jwt")
public interface JwtConfig {

    /** {@code iss} of the tokens issued, and the only one accepted. */
    String issuer();

    /** PKCS#8 RSA private key (PEM or bare base64); dev and test runs generate a pair when it is empty. */
    Optional<String> privateKey();

    /** X.509 RSA public key (PEM or bare base64); derived from the private key when empty. */
    Optional<String> publicKey();
}
