package dev.stencil.diagram;

import dev.stencil.model.SourceLocation;
import java.util.List;

/**
 * A container such as {@code rectangle "Ingestion" { ... }}.
 *
 * @param keyword the container keyword ({@code rectangle}, {@code package}, ...)
 * @param title its title, unescaped
 * @param parents titles of the enclosing containers, outermost first
 * @param location where it is opened
 */
public record Group(String keyword, String title, List<String> parents, SourceLocation location) {

    public Group {
        parents = List.copyOf(parents);
    }
}
