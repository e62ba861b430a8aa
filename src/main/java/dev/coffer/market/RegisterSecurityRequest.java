package dev.coffer.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A symbol to register. Every broken rule is reported at once, each naming its field.")
public record RegisterSecurityRequest(
        @NotBlank(message = "must not be blank")
        @Size(max = Security.SYMBOL_MAX, message = "must be at most " + Security.SYMBOL_MAX + " characters")
        @Pattern(regexp = SecurityService.SYMBOL_PATTERN,
                message = "must be letters, digits and . - = ^ only, as Yahoo Finance spells symbols")
        @Schema(required = true, pattern = SecurityService.SYMBOL_PATTERN, maxLength = Security.SYMBOL_MAX,
                description = "Yahoo Finance's spelling (AAPL, WSU.DE, VWCE.DE); for crypto the ticker (BTC)."
                        + " Case does not matter; stored in upper case.", example = "AAPL") String symbol,
        @Pattern(regexp = "equity|etf|fund|crypto|bond|other", message = "must be one of equity, etf, fund, crypto, bond, other")
        @Schema(nullable = true, enumeration = { "equity", "etf", "fund", "crypto", "bond", "other" }, example = "equity",
                description = "Picks the providers asked (crypto: CoinGecko; the others: Yahoo Finance, then Stooq)."
                        + " Absent: asked as equity, and stored as the type the provider reports") String type) {
}
