package dev.stencil.runtime.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.internal.IpAddresses;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329",
        "fe80::1:2:3:4", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "64:ff9b::192.0.2.33", "::ffff:203.0.113.5",
        "ABCD:EF01::9"})
    void parsesIpv6LiteralsAsTheJdkDoes(String literal) throws Exception {
        assertThat(IpAddresses.parse(literal)).isEqualTo(InetAddress.getByName("[" + literal + "]").getAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {":", ":::", "1:::2", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1",
        "1:", ":1", "g::1", "::1.2.3", "::256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4"})
    void rejectsMalformedIpv6(String literal) {
        assertThat(IpAddresses.parse(literal)).isNull();
    }

    @Test
    void parsesIpv4WithoutAllocatingAnArray() {
        assertThat(IpAddresses.parseV4("203.0.113.7")).isEqualTo(0xCB007107L);
        assertThat(IpAddresses.parseV4("255.255.255.255")).isEqualTo(0xFFFFFFFFL);
        assertThat(IpAddresses.parseV4("1.2.3.4.")).isEqualTo(-1);
    }
}
