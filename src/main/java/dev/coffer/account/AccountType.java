package dev.coffer.account;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of account; {@link #wire()} is the name in JSON and in the database. */
public enum AccountType {
    CHECKING("checking"),
    SAVINGS("savings"),
    CREDIT_CARD("credit_card"),
    INVESTMENT("investment"),
    CASH("cash"),
    LOAN("loan");

    /** The wire names, for error messages. */
    static final String WIRE_NAMES = "checking, savings, credit_card, investment, cash, loan";

    private final String wire;

    AccountType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AccountType> fromWire(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst();
    }
}
