package fr.enersolar.crm.web.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals as headers and configuration carry them. Never resolves a host name: text
 * that is not an IPv4 or IPv6 literal is refused before {@link InetAddress} sees it.
 */
final class IpAddresses {

    private static final Pattern IPV4 =
            Pattern.compile(
                    "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /** IPv4 with a port, as some proxies write it ({@code 203.0.113.7:51234}). */
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");

    /** Hex digits and colons, an optional embedded IPv4 tail; no zone id. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    /** {@code [2001:db8::1]} or {@code [2001:db8::1]:443}. */
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([^\\]]+)\\](:\\d{1,5})?");

    private IpAddresses() {}

    /**
     * The address written in {@code text} (surrounding spaces, brackets and an IPv4 port allowed),
     * or empty when it is not an IP literal. IPv4-mapped IPv6 addresses come back as IPv4.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim();
        var bracketed = BRACKETED_IPV6.matcher(candidate);
        if (bracketed.matches()) {
            candidate = bracketed.group(1);
        } else {
            var withPort = IPV4_WITH_PORT.matcher(candidate);
            if (withPort.matches()) {
                candidate = withPort.group(1);
            }
        }
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            // A literal: InetAddress parses it without any name lookup.
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
