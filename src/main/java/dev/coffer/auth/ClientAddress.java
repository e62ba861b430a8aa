package dev.coffer.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.web.HttpConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the client behind the request. {@code X-Forwarded-For} is believed only when the
 * connection comes from a configured trusted proxy, and then its right-most entry that is not itself
 * a trusted proxy is taken: entries further left were written by the client and can be forged.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<Cidr> trustedProxies;

    ClientAddress(HttpConfig config) {
        List<Cidr> parsed = new ArrayList<>();
        config.trustedProxies().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(entry -> parsed.add(Cidr.parse(entry)));
        this.trustedProxies = List.copyOf(parsed);
    }

    public String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String peer = remote == null ? "unknown" : remote.hostAddress();
        if (trustedProxies.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.headers().getAll("X-Forwarded-For");
        List<String> hops = new ArrayList<>();
        for (String header : forwarded) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        byte[] bytes = Cidr.literalBytes(address);
        if (bytes == null) {
            return false;
        }
        for (Cidr cidr : trustedProxies) {
            if (cidr.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    record Cidr(byte[] network, int prefixLength) {

        static Cidr parse(String value) {
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            byte[] bytes = literalBytes(address);
            if (bytes == null) {
                throw new IllegalArgumentException("coffer.http.trusted-proxies: '" + value + "' is not an IP address or CIDR");
            }
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(value.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("coffer.http.trusted-proxies: bad prefix length in '" + value + "'");
                }
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = 0xFF << (8 - remainingBits) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }

        /** Bytes of an IPv4/IPv6 literal; null for anything else, so no name is ever resolved via DNS. */
        static byte[] literalBytes(String address) {
            String candidate = address.startsWith("[") && address.endsWith("]")
                    ? address.substring(1, address.length() - 1)
                    : address;
            boolean ipv4 = candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean ipv6 = candidate.contains(":") && candidate.matches("[0-9A-Fa-f:.]+");
            if (!ipv4 && !ipv6) {
                return null;
            }
            try {
                return InetAddress.getByName(candidate).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
