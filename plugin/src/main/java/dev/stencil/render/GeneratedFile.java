package dev.stencil.render;

import dev.stencil.plan.Ownership;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered file, in memory.
 *
 * @param path the path relative to the project root, with {@code /} separators
 * @param content the full text
 * @param ownership who owns it once written
 */
public record GeneratedFile(String path, String content, Ownership ownership) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(ownership, "ownership");
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
