package dev.coffer.market;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "One trading day, with the provider's digits; fields a provider does not publish are null")
public record DailyPriceResponse(
        @Schema(example = "2020-08-31") LocalDate date,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "127.58000183105469") String open,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "131") String high,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "126") String low,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "129.0399932861328") String close,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "125.82673645019531",
                description = "Close adjusted for splits and dividends (Yahoo only)") String adjClose,
        @Schema(nullable = true, example = "225702700", description = "Shares traded; null for crypto") Long volume,
        @Schema(description = "The provider of the row", example = "yahoo") String source) {

    static DailyPriceResponse of(SecurityPrice price) {
        return new DailyPriceResponse(price.priceDate, text(price.open), text(price.high), text(price.low),
                text(price.close), text(price.adjClose), price.volume, price.source);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
