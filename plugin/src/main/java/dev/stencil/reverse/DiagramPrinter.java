package dev.stencil.reverse;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.FlowStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Container root = new Container("");
        for (Component c : architecture.components()) {
            Container at = root;
            for (String group : c.groups()) {
                at = at.child(group);
            }
            at.items.add(c);
        }
        root.print(out, "");
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

    /** One container level while printing: its components and sub-containers in first-seen order. */
    private static final class Container {
        final String title;
        final Map<String, Container> children = new LinkedHashMap<>();
        final List<Object> items = new ArrayList<>();

        Container(String title) {
            this.title = title;
        }

        Container child(String childTitle) {
            return children.computeIfAbsent(childTitle, t -> {
                Container child = new Container(t);
                items.add(child);
                return child;
            });
        }

        void print(StringBuilder out, String indent) {
            for (Object item : items) {
                if (item instanceof Component c) {
                    out.append(indent).append(c.stencil()).append(' ').append(quote(c.label())).append(" as ")
                            .append(c.alias()).append('\n');
                } else if (item instanceof Container child) {
                    out.append(indent).append("rectangle ").append(quote(child.title)).append(" {\n");
                    child.print(out, indent + "  ");
                    out.append(indent).append("}\n");
                }
            }
        }
    }
}
