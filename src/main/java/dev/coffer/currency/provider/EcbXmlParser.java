package dev.coffer.currency.provider;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.coffer.common.provider.FailureReason;
import dev.coffer.common.provider.ProviderException;

/**
 * Streams an ECB reference-rate document ({@code gesmes:Envelope / Cube / Cube[@time] /
 * Cube[@currency,@rate]}), matching namespaces and local names, never prefixes. Rates keep the
 * file's digits. DTDs and external entities are refused, so a hostile document cannot make
 * the parser read files or the network.
 */
final class EcbXmlParser {

    static final String GESMES_NAMESPACE = "http://www.gesmes.org/xml/2002-08-01";
    static final String EUROFXREF_NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
    static final String BASE = "EUR";

    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final String provider;
    private final XMLInputFactory factory;

    EcbXmlParser(String provider) {
        this.provider = provider;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Every day in the document, in document order. */
    List<PublishedRates> parse(byte[] document) {
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                return readEnvelope(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException unparsable) {
            throw malformed("unparsable XML: " + unparsable.getMessage(), unparsable);
        }
    }

    private List<PublishedRates> readEnvelope(XMLStreamReader reader) throws XMLStreamException {
        boolean rootSeen = false;
        int cubeDepth = 0;
        int dayDepth = -1;
        LocalDate day = null;
        Map<String, BigDecimal> rates = null;
        List<PublishedRates> days = new ArrayList<>();
        Set<LocalDate> seenDays = new HashSet<>();

        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw malformed("document declares a DTD, refused", null);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!rootSeen) {
                    rootSeen = true;
                    if (!"Envelope".equals(reader.getLocalName()) || !GESMES_NAMESPACE.equals(reader.getNamespaceURI())) {
                        throw malformed("not an ECB reference-rate document (root element "
                                + reader.getName() + ")", null);
                    }
                    continue;
                }
                if (!isCube(reader)) {
                    continue;
                }
                cubeDepth++;
                String time = reader.getAttributeValue(null, "time");
                String currency = reader.getAttributeValue(null, "currency");
                if (time != null) {
                    if (day != null) {
                        throw malformed("day " + time + " nested inside day " + day, null);
                    }
                    day = parseDay(time);
                    if (!seenDays.add(day)) {
                        throw malformed("day " + day + " appears twice", null);
                    }
                    dayDepth = cubeDepth;
                    rates = new LinkedHashMap<>();
                } else if (currency != null) {
                    if (day == null) {
                        throw malformed("rate for " + currency + " outside any day", null);
                    }
                    addRate(rates, day, currency, reader.getAttributeValue(null, "rate"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && isCube(reader)) {
                if (cubeDepth == dayDepth) {
                    if (rates.isEmpty()) {
                        throw malformed("day " + day + " has no rates", null);
                    }
                    days.add(new PublishedRates(day, BASE, Map.copyOf(rates)));
                    day = null;
                    rates = null;
                    dayDepth = -1;
                }
                cubeDepth--;
            }
        }
        if (!rootSeen) {
            throw malformed("no XML element in the response", null);
        }
        if (days.isEmpty()) {
            throw new ProviderException(provider, FailureReason.EMPTY, "document holds no Cube time days");
        }
        return days;
    }

    private static boolean isCube(XMLStreamReader reader) {
        return "Cube".equals(reader.getLocalName()) && EUROFXREF_NAMESPACE.equals(reader.getNamespaceURI());
    }

    private LocalDate parseDay(String time) {
        try {
            return LocalDate.parse(time.trim());
        } catch (DateTimeParseException badDate) {
            throw malformed("bad day '" + time + "'", badDate);
        }
    }

    private void addRate(Map<String, BigDecimal> rates, LocalDate day, String currency, String rateText) {
        if (!CURRENCY.matcher(currency).matches()) {
            throw malformed("bad currency code '" + currency + "' on " + day, null);
        }
        if (rateText == null || !RATE.matcher(rateText).matches()) {
            throw malformed("bad rate '" + rateText + "' for " + currency + " on " + day, null);
        }
        BigDecimal rate = new BigDecimal(rateText);
        if (rate.signum() <= 0) {
            throw malformed("non-positive rate " + rateText + " for " + currency + " on " + day, null);
        }
        if (rates.putIfAbsent(currency, rate) != null) {
            throw malformed(currency + " appears twice on " + day, null);
        }
    }

    private ProviderException malformed(String message, Throwable cause) {
        return new ProviderException(provider, FailureReason.MALFORMED, message, cause);
    }
}
