package dev.coffer.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The RSA key pair that signs and verifies access tokens. Keys come from {@code JWT_PRIVATE_KEY} /
 * {@code JWT_PUBLIC_KEY} (PEM or bare base64). Dev and test runs without keys get a fresh pair per
 * start, so tokens do not survive a restart there; production refuses to start without keys.
 */
@Startup
@ApplicationScoped
public class JwtKeys {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    @Inject
    JwtKeys(JwtConfig config) {
        this(config.privateKey(), config.publicKey(), ConfigUtils.getProfiles());
    }

    JwtKeys(Optional<String> privatePem, Optional<String> publicPem, List<String> profiles) {
        if (privatePem.isPresent()) {
            privateKey = parsePrivate(privatePem.get());
            publicKey = publicPem.map(JwtKeys::parsePublic).orElseGet(() -> derivePublic(privateKey));
        } else if (profiles.contains("dev") || profiles.contains("test")) {
            if (publicPem.isPresent()) {
                throw new IllegalStateException("JWT_PUBLIC_KEY is set but JWT_PRIVATE_KEY is not; set both or neither");
            }
            KeyPair generated = generate();
            privateKey = generated.getPrivate();
            publicKey = generated.getPublic();
            Log.info("No JWT_PRIVATE_KEY given: signing access tokens with a key pair generated for this run");
        } else {
            throw new IllegalStateException("Access tokens cannot be signed: set JWT_PRIVATE_KEY and JWT_PUBLIC_KEY "
                    + "(or coffer.jwt.private-key / coffer.jwt.public-key) to a PEM RSA key pair (PKCS#8 private key, "
                    + "X.509 public key), e.g. from 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048'");
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static PrivateKey parsePrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT_PRIVATE_KEY is not a PKCS#8 RSA private key in PEM or base64 form "
                    + "(convert a PKCS#1 key with 'openssl pkcs8 -topk8 -nocrypt')");
        }
    }

    private static PublicKey parsePublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT_PUBLIC_KEY is not an X.509 RSA public key in PEM or base64 form");
        }
    }

    private static PublicKey derivePublic(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("JWT_PUBLIC_KEY is required with this kind of JWT_PRIVATE_KEY");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key from JWT_PRIVATE_KEY", e);
        }
    }

    /** Accepts PEM with real or escaped ({@code \n}) line breaks, as platforms store multi-line variables. */
    static byte[] decode(String pem) {
        String body = pem.replace("\\n", "\n")
                .replaceAll("-----(BEGIN|END)[A-Z ]*-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
