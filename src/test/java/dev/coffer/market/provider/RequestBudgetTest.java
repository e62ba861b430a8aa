package dev.coffer.market.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    @Test
    void sharesAreReservedInTheOrderAskedUntilTheBudgetIsSpent() {
        RequestBudget budget = RequestBudget.of(2);

        Optional<RequestBudget> first = budget.reserveOne();
        Optional<RequestBudget> second = budget.reserveOne();
        Optional<RequestBudget> third = budget.reserveOne();

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(third).isEmpty();
        assertThat(budget.take()).isFalse();
    }

    @Test
    void aShareSpendsItsReservedRequestFirstAndThenWhatIsLeftOfTheBudget() {
        RequestBudget budget = RequestBudget.of(3);
        RequestBudget share = budget.reserveOne().orElseThrow();

        assertThat(share.take()).as("the reserved first request").isTrue();
        assertThat(share.take()).as("a fallback provider, from the budget").isTrue();
        assertThat(budget.reserveOne()).as("the last request of the budget").isPresent();
        assertThat(share.take()).as("nothing left").isFalse();
        assertThat(share.limit()).isEqualTo(3);
    }

    @Test
    void anUnlimitedBudgetIsNeverSpent() {
        RequestBudget budget = RequestBudget.unlimited();
        for (int i = 0; i < 1000; i++) {
            assertThat(budget.reserveOne().orElseThrow().take()).isTrue();
        }
    }
}
