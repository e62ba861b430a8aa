package dev.coffer.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Provider names are cut to what their column holds, counted in characters as Postgres counts them. */
class SecurityAbbreviateTest {

    /** U+1F34E: one character in Postgres, two UTF-16 units in Java. */
    private static final String APPLE = "\uD83C\uDF4E";

    @Test
    void aNameThatFitsIsOnlyStripped() {
        assertThat(SecurityService.abbreviate("  Apple Inc. ", 200)).isEqualTo("Apple Inc.");
        assertThat(SecurityService.abbreviate(APPLE.repeat(200), 200)).isEqualTo(APPLE.repeat(200));
    }

    @Test
    void aLongerNameKeepsItsFirstCharactersWithoutSplittingOne() {
        assertThat(SecurityService.abbreviate(APPLE.repeat(201), 200)).isEqualTo(APPLE.repeat(200));
        assertThat(SecurityService.abbreviate("x".repeat(199) + APPLE + APPLE, 200)).isEqualTo("x".repeat(199) + APPLE);
    }
}
