package fr.enersolar.crm.web.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES =
            TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8::/32"));

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays() {
        assertThat(TrustedProxies.NONE.clientOf("198.51.100.7", List.of("1.2.3.4")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresTheHeaderFromAPeerThatIsNotATrustedProxy() {
        assertThat(PROXIES.clientOf("198.51.100.7", List.of("1.2.3.4"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheForwardedAddressFromATrustedProxy() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void walksFromTheRightSkippingTrustedProxies() {
        String header = "1.1.1.1, 203.0.113.9, 192.168.1.10, 10.9.9.9";

        assertThat(PROXIES.clientOf("10.1.2.3", List.of(header))).isEqualTo("203.0.113.9");
    }

    @Test
    void aSpoofedLeftPartIsNeverBelieved() {
        // The client wrote "10.0.0.1" itself; the proxy appended the real peer.
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("10.0.0.1, 198.51.100.20")))
                .isEqualTo("198.51.100.20");
    }

    @Test
    void readsSeveralHeaderLinesInArrivalOrder() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.1", "203.0.113.2, 10.0.0.5")))
                .isEqualTo("203.0.113.2");
    }

    @Test
    void skipsMalformedEntries() {
        assertThat(
                        PROXIES.clientOf(
                                "10.1.2.3", List.of("203.0.113.1, unknown, , 999.1.1.1, 10.0.0.5")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void neverResolvesHostNames() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.1, localhost, example.com")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void fallsBackToTheLeftMostAddressWhenEveryHopIsTrusted() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("10.0.0.7, 10.0.0.8")))
                .isEqualTo("10.0.0.7");
    }

    @Test
    void fallsBackToThePeerWithoutAUsableHeader() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("garbage"))).isEqualTo("10.1.2.3");
    }

    @Test
    void acceptsPortsAndBracketsProxiesSometimesWrite() {
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.1:51234")))
                .isEqualTo("203.0.113.1");
        assertThat(PROXIES.clientOf("10.1.2.3", List.of("[2001:db9::1]:443")))
                .isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void matchesIpv6Ranges() {
        assertThat(PROXIES.trusts("2001:db8:ffff::1")).isTrue();
        assertThat(PROXIES.trusts("2001:db9::1")).isFalse();
        assertThat(PROXIES.clientOf("2001:db8::5", List.of("2001:db9::1, 2001:db8::6")))
                .isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void matchesCidrBoundariesExactly() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("172.16.0.0/12", "100.64.1.0/23"));

        assertThat(proxies.trusts("172.16.0.0")).isTrue();
        assertThat(proxies.trusts("172.31.255.255")).isTrue();
        assertThat(proxies.trusts("172.32.0.0")).isFalse();
        assertThat(proxies.trusts("100.64.0.255")).isTrue();
        assertThat(proxies.trusts("100.64.1.255")).isTrue();
        assertThat(proxies.trusts("100.64.2.0")).isFalse();
    }

    @Test
    void anIpv4MappedIpv6PeerMatchesItsIpv4Range() {
        assertThat(PROXIES.trusts("::ffff:10.0.0.1")).isTrue();
    }

    @Test
    void aSlashZeroRangeTrustsEveryAddressOfItsFamily() {
        TrustedProxies all = TrustedProxies.parse(List.of("0.0.0.0/0"));

        assertThat(all.trusts("203.0.113.1")).isTrue();
        assertThat(all.trusts("2001:db8::1")).isFalse();
    }

    @Test
    void refusesMalformedConfigurationEntries() {
        for (String bad :
                List.of("10.0.0.0/33", "10.0.0/8", "proxy.local", "10.0.0.1/x", "::1/129")) {
            assertThatThrownBy(() -> TrustedProxies.parse(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void textThatIsNotAnAddressIsNeverTrusted() {
        assertThat(PROXIES.trusts("")).isFalse();
        assertThat(PROXIES.trusts(null)).isFalse();
        assertThat(PROXIES.trusts("10.0.0.1.evil")).isFalse();
    }
}
