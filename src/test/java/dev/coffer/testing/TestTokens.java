package dev.coffer.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.coffer.auth.JwtKeys;
import io.quarkus.arc.Arc;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints access tokens for {@code @QuarkusTest}s with the running application's signing key, plus the
 * forged kinds a verifier must refuse. For endpoints that only need an identity, prefer
 * {@code @TestSecurity(user = "<uuid>", roles = "user")}.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token the application accepts for this user (who must exist and be enabled). */
    public static String valid(UUID userId, String... roles) {
        return claims(userId, issuer(), roles).expiresIn(Duration.ofMinutes(15)).sign(keys().privateKey());
    }

    public static String expired(UUID userId) {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return claims(userId, issuer(), "user").issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(15)))
                .sign(keys().privateKey());
    }

    public static String wrongIssuer(UUID userId) {
        return claims(userId, "https://evil.example", "user").expiresIn(Duration.ofMinutes(15)).sign(keys().privateKey());
    }

    /** Unsigned, declaring {@code alg: none}. */
    public static String algNone(UUID userId, String... roles) {
        String valid = valid(userId, roles);
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + valid.split("\\.")[1] + ".";
    }

    /** HMAC-signed with the public key as the secret: the classic RS256/HS256 confusion attack. */
    public static String hs256WithPublicKey(UUID userId) {
        SecretKeySpec secret = new SecretKeySpec(keys().publicKey().getEncoded(), "HmacSHA256");
        return claims(userId, issuer(), "user").expiresIn(Duration.ofMinutes(15)).jws()
                .algorithm(SignatureAlgorithm.HS256).sign(secret);
    }

    /** A valid token whose payload was changed afterwards (here: promoted to admin). */
    public static String tampered(UUID userId) {
        String[] parts = valid(userId, "user").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"admin\"");
        return parts[0] + "." + base64Url(payload) + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(UUID userId, String issuer, String... roles) {
        return Jwt.issuer(issuer).subject(userId.toString()).groups(Set.of(roles));
    }

    private static JwtKeys keys() {
        return Arc.container().instance(JwtKeys.class).get();
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("coffer.jwt.issuer", String.class);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
