package dev.stencil.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.naming.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of acknowledged cdk-nag findings and the kit library's {@code Acknowledgement}
 * enum say the same: the same constants, rules and reasons, each stated once by the integration
 * of the node or arrow it covers.
 */
class NagAcknowledgementsTest {

    private static final Path KIT_ENUM =
            Path.of("../runtime-lib/cdk-kit/src/main/java/dev/stencil/cdk/Acknowledgement.java");

    @Test
    void theReadmeListsExactlyWhatTheKitAcknowledges() throws Exception {
        String source = Files.readString(KIT_ENUM, StandardCharsets.UTF_8);
        Matcher constants = Pattern.compile("(?m)^    ([A-Z_]+)\\(\"(AwsSolutions-[A-Z0-9]+)\",").matcher(source);
        List<String> inKit = constants.results().map(m -> m.group(1) + " " + m.group(2)).toList();

        List<Acknowledgement> all = Integrations.standard().acknowledgements();
        assertThat(inKit).as("constants of %s", KIT_ENUM)
                .containsExactlyInAnyOrderElementsOf(all.stream().map(a -> a.constant() + " " + a.rule()).toList());
        String flat = source.replaceAll("\"\\s*\\+\\s*\"", "");
        for (Acknowledgement a : all) {
            assertThat(flat).as("the kit's reason for %s", a.constant()).contains(Text.javaLiteral(a.reason()));
        }
    }
}
