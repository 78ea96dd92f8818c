package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The local run imitates what the construct kit deploys, and states the same values again: the
 * event source mapping's batching, retries and record age ({@code Wiring} and {@link MappingStage}),
 * and the delivery stream's prefix and buffer ({@code DeliveryStreams} and {@link LocalFirehose}).
 * This test reads both libraries' sources and fails when they drift apart.
 */
class KitSettingsTest {

    private static final Path KIT = Path.of("../cdk-kit/src/main/java/dev/stencil/cdk");
    private static final Path LOCAL = Path.of("src/main/java/dev/stencil/local");

    @Test
    void theLocalEventSourceMappingBatchesAndRetriesAsTheDeployedOne() throws IOException {
        String wiring = read(KIT.resolve("Wiring.java"));
        String stage = read(LOCAL.resolve("MappingStage.java"));

        assertThat(number(stage, "\\.batchSize\\((\\d+)\\)"))
                .isEqualTo(number(wiring, "\"batchSize\", (\\d+)\\)"));
        assertThat(number(stage, "maxBatchingWindow\\(Duration\\.ofSeconds\\((\\d+)\\)\\)"))
                .isEqualTo(number(wiring, "\"maxBatchingWindowSeconds\", (\\d+)\\)"));
        assertThat(number(stage, "maxRetryAttempts\\((\\d+)\\)"))
                .isEqualTo(number(wiring, "\"retryAttempts\", (\\d+)\\)"));
        assertThat(number(stage, "maxRecordAge\\(Duration\\.ofHours\\((\\d+)\\)\\)") * 60)
                .isEqualTo(number(wiring, "\"maxRecordAgeMinutes\", ([\\d *]+)\\)"));
    }

    @Test
    void theLocalArchiveIsLaidOutAndBufferedAsTheDeployedDeliveryStream() throws IOException {
        String delivery = read(KIT.resolve("DeliveryStreams.java"));
        String firehose = read(LOCAL.resolve("LocalFirehose.java"));

        assertThat(text(firehose, "PREFIX = \"([^\"]+)\"")).isEqualTo(text(delivery, "\\.prefix\\(\"([^!\"]+)!"));
        assertThat(number(firehose, "BUFFER_BYTES = (\\d+)L \\* 1024 \\* 1024"))
                .isEqualTo(number(delivery, "\\.sizeInMBs\\((\\d+)\\)"));
        assertThat(number(firehose, "BUFFER_INTERVAL = Duration\\.ofMinutes\\((\\d+)\\)") * 60)
                .isEqualTo(number(delivery, "\\.intervalInSeconds\\(([\\d *]+)\\)"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String text(String source, String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        assertThat(m.find()).as("/%s/ in the source", regex).isTrue();
        return m.group(1);
    }

    /** A literal such as {@code 100} or {@code 5 * 60}, evaluated. */
    private static long number(String source, String regex) {
        long product = 1;
        for (String factor : text(source, regex).split("\\*")) {
            product *= Long.parseLong(factor.trim());
        }
        return product;
    }
}
