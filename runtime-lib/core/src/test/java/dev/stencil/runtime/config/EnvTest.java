package dev.stencil.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {
    private final Env env = Env.of(Map.of(
            "OPENSEARCH_ENDPOINT", "search-clicks.eu-west-1.es.amazonaws.com",
            "LOCAL_ENDPOINT", "http://127.0.0.1:9200",
            "BLANK", "  ",
            "BATCH", "250",
            "NOT_A_NUMBER", "many",
            "FLAG", "TRUE"));

    @Test
    void readsRequiredAndOptionalValues() {
        assertThat(env.optional("BATCH")).contains("250");
        assertThat(env.optional("MISSING", "fallback")).isEqualTo("fallback");
        assertThat(env.optional("BLANK")).isEmpty();
        assertThat(env.optionalInt("BATCH", 1)).isEqualTo(250);
        assertThat(env.optionalInt("MISSING", 7)).isEqualTo(7);
        assertThat(env.optionalBoolean("FLAG", false)).isTrue();
    }

    @Test
    void givesABareDomainEndpointHttpsAndKeepsAnExplicitScheme() {
        assertThat(env.requiredUri(Env.OPENSEARCH_ENDPOINT))
                .isEqualTo(URI.create("https://search-clicks.eu-west-1.es.amazonaws.com"));
        assertThat(env.requiredUri("LOCAL_ENDPOINT")).isEqualTo(URI.create("http://127.0.0.1:9200"));
    }

    @Test
    void namesTheVariableThatIsMissingOrBlank() {
        assertThatThrownBy(() -> env.required(Env.TABLE_NAME))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable TABLE_NAME is required but not set")
                .extracting(e -> ((ConfigurationException) e).variable()).isEqualTo("TABLE_NAME");
        assertThatThrownBy(() -> env.required("BLANK")).hasMessageContaining("BLANK is required");
    }

    @Test
    void namesTheVariableThatIsMalformed() {
        assertThatThrownBy(() -> env.optionalInt("NOT_A_NUMBER", 1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Environment variable NOT_A_NUMBER must be an integer, got 'many'");
        assertThatThrownBy(() -> env.optionalBoolean("BATCH", true)).hasMessageContaining("BATCH must be true or false");
        assertThatThrownBy(() -> Env.of(Map.of("U", "ftp://x")).requiredUri("U"))
                .hasMessageContaining("U must be an http(s) URL");
    }
}
