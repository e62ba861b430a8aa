package dev.coffer.expense;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpenseCsvTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx" })
    void aFormulaStartIsGuardedAndRestored(String value) {
        assertThat(ExpenseCsv.guarded(value)).isEqualTo("'" + value);
        assertThat(ExpenseCsv.restored(ExpenseCsv.guarded(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Groceries", "'quoted'", "'", "a=b", "12.50" })
    void otherTextIsLeftAlone(String value) {
        assertThat(ExpenseCsv.guarded(value)).isEqualTo(value);
        assertThat(ExpenseCsv.restored(value)).isEqualTo(value);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(ExpenseCsv.guarded(null)).isNull();
        assertThat(ExpenseCsv.restored(null)).isNull();
    }
}
