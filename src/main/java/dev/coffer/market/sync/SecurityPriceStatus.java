package dev.coffer.market.sync;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An entry of {@code securities} in {@code /api/v1/sync/status}: a held security, the last day it
 * has a price for (null before its first), and whether that price is stale.
 */
@RegisterForReflection
public record SecurityPriceStatus(UUID securityId, String symbol, LocalDate lastDate, boolean stale) {
}
