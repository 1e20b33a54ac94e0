package fr.enersolar.crm.web.edge;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the application believes, and the rule that
 * finds the client behind them. Anyone can send the header, so it counts only when the socket peer
 * is a trusted proxy, and then only up to the first address no trusted proxy vouches for.
 */
public final class TrustedProxies {

    /** Trusts nobody: the socket peer is always the client. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads IP addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            ranges.add(
                    Range.parse(entry)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "Not an IP address or CIDR range: \""
                                                            + entry
                                                            + "\"")));
        }
        return new TrustedProxies(ranges);
    }

    /** Whether {@code address} (text) is a trusted proxy; text that is not an IP never is. */
    public boolean trusts(String address) {
        return IpAddresses.parse(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /**
     * The client of a request: the socket {@code peer} unless it is a trusted proxy; then the
     * {@code X-Forwarded-For} entries (each header line in arrival order, each a comma-separated
     * list) are walked from the right, trusted proxies and malformed entries skipped, and the first
     * other address is the client. When every entry is trusted, the left-most valid one is (a
     * request from inside the proxies' network); when none is valid, the peer.
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            if (line != null) {
                hops.addAll(Arrays.asList(line.split(",")));
            }
        }
        String leftMostValid = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).trim();
            Optional<InetAddress> address = IpAddresses.parse(hop);
            if (address.isEmpty()) {
                continue;
            }
            if (!trusts(address.get())) {
                return address.get().getHostAddress();
            }
            leftMostValid = address.get().getHostAddress();
        }
        return leftMostValid != null ? leftMostValid : peer;
    }

    /** One address ({@code /32} or {@code /128}) or a CIDR range. */
    private record Range(byte[] network, int prefixBits) {

        static Optional<Range> parse(String text) {
            String trimmed = text.trim();
            int slash = trimmed.indexOf('/');
            String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
            Optional<InetAddress> address = IpAddresses.parse(addressPart);
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int maxBits = bytes.length * 8;
            int bits = maxBits;
            if (slash >= 0) {
                String prefix = trimmed.substring(slash + 1);
                if (!prefix.matches("\\d{1,3}")) {
                    return Optional.empty();
                }
                bits = Integer.parseInt(prefix);
                if (bits > maxBits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, bits));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixBits / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
