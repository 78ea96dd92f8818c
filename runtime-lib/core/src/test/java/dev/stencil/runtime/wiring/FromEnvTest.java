package dev.stencil.runtime.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.config.ConfigurationException;
import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.enrich.CachingProfileLookup;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.GeoLocation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FromEnvTest {
    @Test
    void buildsAnUnsignedSinkForALocalHttpEndpoint() {
        var sink = FromEnv.openSearchSink(Env.of(Map.of(
                "OPENSEARCH_ENDPOINT", "http://127.0.0.1:9200", "OPENSEARCH_INDEX", "clicks")));

        assertThat(sink.bulkUri()).isEqualTo(URI.create("http://127.0.0.1:9200/clicks/_bulk"));
    }

    @Test
    void anHttpsEndpointNeedsARegionToSignWith() {
        Env env = Env.of(Map.of("OPENSEARCH_ENDPOINT", "search-x.eu-west-1.es.amazonaws.com",
                "OPENSEARCH_INDEX", "clicks"));

        assertThatThrownBy(() -> FromEnv.openSearchSink(env))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("AWS_REGION");
    }

    @Test
    void rejectsAnUnknownSigningMode() {
        Env env = Env.of(Map.of("OPENSEARCH_ENDPOINT", "http://127.0.0.1:9200", "OPENSEARCH_INDEX", "clicks",
                "OPENSEARCH_SIGNING", "basic"));

        assertThatThrownBy(() -> FromEnv.openSearchSink(env)).hasMessageContaining("must be sigv4 or none");
    }

    @Test
    void namesTheMissingIndex() {
        assertThatThrownBy(() -> FromEnv.openSearchSink(Env.of(Map.of("OPENSEARCH_ENDPOINT", "http://h:1"))))
                .hasMessage("Environment variable OPENSEARCH_INDEX is required but not set");
    }

    @Test
    void noProfileTableMeansNoProfileJoin() {
        assertThat(FromEnv.profileLookup(Env.of(Map.of())).find("u1")).isEmpty();
    }

    @Test
    void aProfileTableGivesACachedDynamoDbLookup() {
        ProfileLookup lookup = FromEnv.profileLookup(Env.of(Map.of("PROFILE_TABLE_NAME", "profiles",
                "AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:1")));

        assertThat(lookup).isInstanceOf(CachingProfileLookup.class);
    }

    @Test
    void readsTheGeoIpTableFromTheGivenCsvFile(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("geo.csv"), "203.0.113.0/24,AU,Sydney\n");

        assertThat(FromEnv.geoIp(Env.of(Map.of("GEOIP_CSV", csv.toString()))).locate("203.0.113.9"))
                .contains(new GeoLocation("AU", "Sydney"));
        assertThatThrownBy(() -> FromEnv.geoIp(Env.of(Map.of("GEOIP_CSV", dir.resolve("nope.csv").toString()))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void withoutACsvTheGeoIpTableIsEmpty() {
        assertThat(FromEnv.geoIp(Env.of(Map.of())).locate("203.0.113.9")).isEmpty();
    }
}
