package dev.coffer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JwtKeysTest {

    @Test
    void productionWithoutKeysRefusesToStartNamingTheVariables() {
        assertThatThrownBy(() -> new JwtKeys(Optional.empty(), Optional.empty(), List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_PRIVATE_KEY")
                .hasMessageContaining("JWT_PUBLIC_KEY");
    }

    @Test
    void testProfileWithoutKeysGeneratesAPair() {
        JwtKeys keys = new JwtKeys(Optional.empty(), Optional.empty(), List.of("test"));
        assertThat(keys.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(keys.publicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void pemWithEscapedLineBreaksIsReadAndThePublicKeyDerived() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()).replace("\r\n", "\\n")
                + "\\n-----END PRIVATE KEY-----\\n";

        JwtKeys keys = new JwtKeys(Optional.of(pem), Optional.empty(), List.of("prod"));

        assertThat(keys.privateKey().getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(keys.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void aBrokenKeyFailsWithAClearMessage() {
        assertThatThrownBy(() -> new JwtKeys(Optional.of("not a key"), Optional.empty(), List.of("prod")))
                .hasMessageContaining("JWT_PRIVATE_KEY");
    }
}
