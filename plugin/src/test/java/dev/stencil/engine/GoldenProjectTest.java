package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole generated clickstream tree, file by file, against {@code src/test/resources/golden/clickstream}.
 * Rerun with {@code -Dstencil.updateGolden=true} to accept a deliberate change, then review the diff.
 */
class GoldenProjectTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/clickstream");
    private static final String MANIFEST = ".stencil/manifest";

    @TempDir
    Path out;

    @Test
    void clickstreamSampleGeneratesExactlyTheGoldenTree() throws Exception {
        Path sample = Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml");
        new Stencil().generate(GenerateRequest.of(sample, out));

        List<String> generated = files(out);
        if (Golden.updating()) {
            deleteTree(GOLDEN);
        }
        for (String path : generated) {
            String text = Files.readString(out.resolve(path), StandardCharsets.UTF_8);
            Golden.assertMatches(GOLDEN.resolve(path), path.equals(MANIFEST) ? manifestPaths(text) : text);
        }
        assertThat(generated).as("the set of generated files").containsExactlyElementsOf(files(GOLDEN));
    }

    /**
     * The manifest without its hashes, after checking each: the golden copy then changes only when
     * the set of generated files does, not whenever any file's text does.
     */
    private String manifestPaths(String manifest) throws Exception {
        StringBuilder paths = new StringBuilder();
        for (String line : manifest.lines().toList()) {
            if (line.startsWith("#")) {
                paths.append(line).append('\n');
                continue;
            }
            String[] hashAndPath = line.split("  ", 2);
            assertThat(hashAndPath[0]).as("manifest hash of %s", hashAndPath[1])
                    .isEqualTo(sha256(Files.readAllBytes(out.resolve(hashAndPath[1]))));
            paths.append(hashAndPath[1]).append('\n');
        }
        return paths.toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
