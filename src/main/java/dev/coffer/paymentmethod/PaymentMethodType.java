package dev.coffer.paymentmethod;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of payment method; {@link #wire()} is the name in JSON and in the database. */
public enum PaymentMethodType {
    CASH("cash", false),
    DEBIT_CARD("debit_card", true),
    CREDIT_CARD("credit_card", true),
    BANK_TRANSFER("bank_transfer", true),
    E_WALLET("e_wallet", false),
    OTHER("other", false);

    /** The wire names, for the OpenAPI document and error messages. */
    static final String WIRE_NAMES = "cash, debit_card, credit_card, bank_transfer, e_wallet, other";

    private final String wire;
    private final boolean hasLast4;

    PaymentMethodType(String wire, boolean hasLast4) {
        this.wire = wire;
        this.hasLast4 = hasLast4;
    }

    public String wire() {
        return wire;
    }

    /**
     * Whether a {@code last4} is allowed: cards and bank accounts are told apart by their last four
     * digits; cash, e-wallets (identified by name, such as an account e-mail) and "other" have none.
     */
    public boolean hasLast4() {
        return hasLast4;
    }

    public static Optional<PaymentMethodType> fromWire(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst();
    }
}
