package dev.coffer.expense;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Registered with its nested record, so that the native executable writes both whatever the resource signature shows. */
@RegisterForReflection
@Schema(description = "What an import did (or, with dry_run, would do). Without partial=true a file with any"
        + " error writes nothing: imported is then 0 and errors lists what to fix. Categories and payment methods"
        + " that valid rows name and the user lacks are created, once each (a category top-level, a payment"
        + " method with type other and no last4); the answer does not list them: listCategories and"
        + " listPaymentMethods show them. A dry run and a file refused for its errors create none.")
public record ExpenseImportResponse(
        @Schema(example = "42", description = "Expenses written; with dry_run, those that would be written")
        int imported,
        @Schema(example = "3", description = "Rows skipped because an expense of the user, or an earlier row of the"
                + " file, has the same date, amount, currency, description and merchant")
        int skippedDuplicates,
        @Schema(example = "0", description = "Rows refused for an error (each listed under errors, up to "
                + ExpenseImporter.MAX_LISTED_ERRORS + " entries)")
        int rejected,
        @Schema(example = "false", description = "Whether this was a dry run that wrote nothing")
        boolean dryRun,
        @Schema(description = "Each broken rule with the line it is on, in file order; at most "
                + ExpenseImporter.MAX_LISTED_ERRORS + " entries")
        List<LineError> errors) {

    @RegisterForReflection
    @Schema(description = "One problem of one row")
    public record LineError(
            @Schema(example = "7", description = "Physical line of the file where the row starts; the header is line 1")
            long line,
            @Schema(example = "amount: has more decimals than JPY allows (0)",
                    description = "The field at fault, a colon, and what is wrong with it")
            String message) {
    }
}
