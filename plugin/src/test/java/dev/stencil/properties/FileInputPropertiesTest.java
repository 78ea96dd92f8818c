package dev.stencil.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.DiagramException;
import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.Stencil;
import dev.stencil.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Diagram files as new users' machines hand them over, through the real file reading and the real
 * includes: bytes that are not UTF-8, byte-order marks, NUL and control bytes, include lines with
 * odd paths. Whatever the bytes, generation gives located diagnostics or a dry-run plan, never
 * another exception, and never writes.
 */
class FileInputPropertiesTest {

    private static final List<String> LINES = List.of("!include part.iuml", "!include x2", "!include missing.iuml",
            "!include ../part.iuml", "!include sub/", "!include <awslib/AWSCommon>", "mxgraph.aws4.lambda_function fn",
            "kds --> fn : enrich", "mxgraph.aws4.users \"Caf\u00e9\" as u", "u ..> kds", "@enduml", "@startuml");
    private static final List<byte[]> ODD_BYTES = List.of(new byte[] {0}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {'\r'}, new byte[] {0x1B, '['});

    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("stencil-file-input");
        Files.writeString(dir.resolve("part.iuml"), "mxgraph.aws4.kinesis_data_streams \"Stream\" as kds\n");
        Files.createDirectories(dir.resolve("sub"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedFile() {
        byte[] base = sample().getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length);
        Arbitrary<byte[]> insert = Arbitraries.oneOf(Arbitraries.of(ODD_BYTES),
                Arbitraries.of(LINES).map(line -> ("\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(LINES).flatMap(line -> Arbitraries.of(ODD_BYTES).map(odd -> concat(
                        ("\n" + line).getBytes(StandardCharsets.UTF_8), odd))));
        return Combinators.combine(position, insert).as(Edit::new).list().ofMinSize(1).ofMaxSize(5).map(edits -> {
            byte[] bytes = base;
            for (Edit edit : edits) {
                int at = Math.min(edit.at(), bytes.length);
                bytes = concat(concat(java.util.Arrays.copyOf(bytes, at), edit.bytes()),
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length));
            }
            return bytes;
        });
    }

    @Property(tries = 1000)
    void anyBytesGiveLocatedDiagnosticsOrAPlanAndWriteNothing(@ForAll("mutatedFile") byte[] bytes) throws Exception {
        Path diagram = Files.write(dir.resolve("diagram.puml"), bytes);
        Path out = dir.resolve("out");
        try {
            new Stencil().generate(new GenerateRequest(diagram, out, "com.example", Optional.empty(), Optional.empty(),
                    false, true, true));
        } catch (DiagramException e) {
            int lines = (int) new String(bytes, StandardCharsets.ISO_8859_1).lines().count() + 1;
            assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.isError()).isTrue());
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.location().line()).as(d.headline()).isBetween(1, Math.max(lines, 2));
                assertThat(d.location().column()).as(d.headline()).isPositive();
                assertThat(d.hint()).as(d.headline()).isNotBlank();
                assertThat(d.headline()).as("one printable line").doesNotContain("\n").doesNotContain("\u0000");
            }
        }
        assertThat(out).doesNotExist();
    }

    private record Edit(int at, byte[] bytes) {}

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sample() {
        try {
            return Files.readString(Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
