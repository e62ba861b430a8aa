package dev.coffer.currency.provider;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.coffer.common.provider.ResilientHttpCall;

/** Euro reference rates of the European Central Bank, about 30 currencies, TARGET business days only. */
@ApplicationScoped
public class EcbRateProvider implements ExchangeRateProvider {

    public static final String NAME = "ecb";

    /** The ECB publishes on Frankfurt time, so "today" is the date there. */
    private static final ZoneId PUBLICATION_ZONE = ZoneId.of("Europe/Berlin");

    private final EcbClient client;
    private final ResilientHttpCall http;
    private final EcbXmlParser parser;

    @Inject
    EcbRateProvider(@RestClient EcbClient client, FxProviderConfig config) {
        this.client = client;
        this.http = new ResilientHttpCall(ExchangeRateProviders.KIND, NAME, config.ecb());
        this.parser = new EcbXmlParser(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<PublishedRates> fetch(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        EcbFile file = EcbFile.covering(from, LocalDate.now(PUBLICATION_ZONE));
        Log.debugf("ECB rates %s..%s from %s", from, to, file.fileName());
        byte[] document = http.fetch(file.fileName(), () -> file.download(client));
        return daysWithin(parser.parse(document), from, to);
    }

    static List<PublishedRates> daysWithin(List<PublishedRates> days, LocalDate from, LocalDate to) {
        return days.stream()
                .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                .sorted(Comparator.comparing(PublishedRates::date))
                .toList();
    }
}
