package dev.coffer.user;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.coffer.common.error.FieldError;
import dev.coffer.currency.CurrencyCatalog;
import dev.coffer.currency.CurrencyCode;

/** Checks of the profile fields a user chooses at registration and may change later. */
public final class ProfileFields {

    private ProfileFields() {
    }

    /** Field errors for a base currency and time zone; null arguments mean "not given" and pass. */
    public static List<FieldError> check(String baseCurrency, String timezone) {
        List<FieldError> errors = new ArrayList<>();
        if (baseCurrency != null && !CurrencyCatalog.isKnown(baseCurrency)) {
            // The currencies the rest of the API accepts: a base currency is what amounts get converted to.
            errors.add(new FieldError("base_currency", CurrencyCode.MESSAGE));
        }
        if (timezone != null && !isZone(timezone)) {
            errors.add(new FieldError("timezone", "must be an IANA time zone such as Europe/Paris or UTC"));
        }
        return errors;
    }

    /** Blank display names are stored as absent. */
    public static String displayName(String requested) {
        return requested == null || requested.isBlank() ? null : requested.strip();
    }

    static boolean isZone(String zone) {
        if (zone.isBlank() || zone.length() > 64) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
