package dev.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file kept in the source tree. Golden files change only when the
 * build runs with {@code -Dstencil.updateGolden=true}; a missing golden file fails the test.
 */
public final class Golden {

    private Golden() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("stencil.updateGolden", "false"));
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s (create it with -Dstencil.updateGolden=true)", golden).exists();
        assertThat(actual).as("output differs from %s (rerun with -Dstencil.updateGolden=true to accept)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
