package dev.stencil.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The record of what Stencil wrote: one line per generated file, its SHA-256 and its path.
 * Stored at {@code .stencil/manifest} in the generated project; user-owned files are not in it.
 */
public final class Manifest {

    /** Where the manifest lives, relative to the project root. */
    public static final String PATH = ".stencil/manifest";

    private static final String HEADER = "# Stencil manifest: sha256 and path of every generated file. Do not edit.\n";

    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = new TreeMap<>(hashes);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** Reads the manifest of a project, or an empty one when the project has none. */
    public static Manifest read(Path projectRoot) throws IOException {
        Path file = projectRoot.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("  ", 2);
                hashes.put(parts[1], parts[0]);
            }
        }
        return new Manifest(hashes);
    }

    /** The recorded hash of a generated file. */
    public Optional<String> hash(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(hashes.keySet());
    }

    public Manifest with(Map<String, String> newHashes) {
        return new Manifest(newHashes);
    }

    /** The manifest's text, in path order, so that it is the same bytes for the same files. */
    public String render() {
        return HEADER + hashes.entrySet().stream()
                .map(e -> e.getValue() + "  " + e.getKey() + "\n")
                .collect(Collectors.joining());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
