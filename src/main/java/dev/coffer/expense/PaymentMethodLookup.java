package dev.coffer.expense;

import java.util.UUID;

/**
 * Answers whether a payment method exists and belongs to a user. The payment-method domain provides
 * the implementation; expenses only ask, so that this package never depends on it.
 */
public interface PaymentMethodLookup {

    /** True when {@code paymentMethodId} names a payment method of {@code userId}. */
    boolean isOwnedBy(UUID paymentMethodId, UUID userId);
}
