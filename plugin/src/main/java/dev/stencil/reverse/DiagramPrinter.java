package dev.stencil.reverse;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.FlowStyle;

/**
 * Prints an architecture as a diagram in the stencil dialect, canonically: components nested in
 * their containers in declaration order, then the arrows. Reading the printed text gives the same
 * architecture back.
 */
public final class DiagramPrinter {

    private DiagramPrinter() {}

    public static String print(Architecture architecture) {
        StringBuilder out = new StringBuilder("@startuml ").append(architecture.name()).append('\n');
        out.append("left to right direction\n\n");
        out.append(Nesting.print(architecture.components(), Component::groups,
                title -> "rectangle " + quote(title) + " {",
                c -> c.stencil() + ' ' + quote(c.label()) + " as " + c.alias()));
        out.append('\n');
        for (Connection c : architecture.connections()) {
            out.append(c.from()).append(' ').append(arrow(c.style())).append(' ').append(c.to());
            if (!c.label().isEmpty()) {
                out.append(" : ").append(quote(c.label()));
            }
            out.append('\n');
        }
        return out.append("@enduml\n").toString();
    }

    /** A PlantUML string literal: quotes, backslashes and line breaks escaped. */
    public static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"';
    }

    private static String arrow(FlowStyle style) {
        return switch (style) {
            case SYNC -> "-->";
            case ASYNC -> "..>";
            case ASSOCIATION -> "--";
        };
    }
}
