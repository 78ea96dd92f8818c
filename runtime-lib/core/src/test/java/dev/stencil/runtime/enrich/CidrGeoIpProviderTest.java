package dev.stencil.runtime.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.events.GeoLocation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrGeoIpProviderTest {
    private static final GeoLocation SYDNEY = new GeoLocation("AU", "Sydney");
    private static final GeoLocation AUSTRALIA = new GeoLocation("AU", null);
    private static final GeoLocation BERLIN = new GeoLocation("DE", "Berlin");
    private static final GeoLocation GERMANY = new GeoLocation("DE", null);

    private final CidrGeoIpProvider geo = CidrGeoIpProvider.builder()
            .add("203.0.0.0/8", AUSTRALIA)
            .add("203.0.113.0/24", SYDNEY)
            .add("198.51.100.7", BERLIN)
            .add("2001:db8::/32", GERMANY)
            .add("2001:db8:abcd:12::/64", BERLIN)
            .build();

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(geo.locate("203.0.113.200")).contains(SYDNEY);
        assertThat(geo.locate("203.9.9.9")).contains(AUSTRALIA);
        assertThat(geo.locate("198.51.100.7")).contains(BERLIN);
        assertThat(geo.locate("198.51.100.8")).isEmpty();
    }

    @Test
    void looksUpIpv6AndIpv4MappedAddresses() {
        assertThat(geo.locate("2001:db8:abcd:12::99")).contains(BERLIN);
        assertThat(geo.locate("2001:0db8:ffff::1")).contains(GERMANY);
        assertThat(geo.locate("2001:db9::1")).isEmpty();
        assertThat(geo.locate("::ffff:203.0.113.5")).contains(SYDNEY);
    }

    @Test
    void aDefaultRouteMatchesEverythingElse() {
        CidrGeoIpProvider everywhere = CidrGeoIpProvider.builder()
                .add("0.0.0.0/0", GERMANY).add("10.0.0.0/8", BERLIN).build();

        assertThat(everywhere.locate("10.1.2.3")).contains(BERLIN);
        assertThat(everywhere.locate("8.8.8.8")).contains(GERMANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-an-ip", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", "2001:db8::g", "a:b:c",
        "example.com", "203.0.113.7 "})
    void answersNothingForMalformedAddressesWithoutResolvingNames(String ip) {
        assertThat(geo.locate(ip)).isEmpty();
    }

    @Test
    void answersNothingForNull() {
        assertThat(geo.locate(null)).isEmpty();
    }

    @Test
    void rejectsInvalidBlocks() {
        assertThatThrownBy(() -> CidrGeoIpProvider.builder().add("10.0.0.0/33", GERMANY))
                .hasMessageContaining("prefix length 33 out of range");
        assertThatThrownBy(() -> CidrGeoIpProvider.builder().add("10.0.0/8", GERMANY))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> CidrGeoIpProvider.builder().add("10.0.0.0/x", GERMANY))
                .hasMessageContaining("bad prefix length");
    }

    @Test
    void readsATableFromCsvAndNamesTheLineOfAnError() {
        CidrGeoIpProvider fromCsv = CidrGeoIpProvider.fromCsv(new StringReader(
                "# cidr,country,city\n203.0.113.0/24,AU,Sydney\n\n198.51.100.0/24,DE,\n"));

        assertThat(fromCsv.locate("203.0.113.1")).contains(SYDNEY);
        assertThat(fromCsv.locate("198.51.100.1")).contains(GERMANY);
        assertThatThrownBy(() -> CidrGeoIpProvider.fromCsv(new StringReader("1.2.3.0/24,AU\nbad\n")))
                .hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> CidrGeoIpProvider.fromCsv(new StringReader("1.2.3.0/99,AU\n")))
                .hasMessageStartingWith("line 1: prefix length 99");
    }
}
