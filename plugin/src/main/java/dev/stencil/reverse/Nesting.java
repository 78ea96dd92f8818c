package dev.stencil.reverse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints items nested in their containers, PlantUML style: each container opened once, at the
 * place its first item appears, with its items and sub-containers in first-seen order.
 *
 * @param <T> the kind of item
 */
public final class Nesting<T> {

    private final String title;
    private final Map<String, Nesting<T>> children = new LinkedHashMap<>();
    private final List<Object> items = new ArrayList<>();

    private Nesting(String title) {
        this.title = title;
    }

    /**
     * @param items the items in order
     * @param groups the container titles of an item, outermost first
     * @param opening the line that opens a container, such as <code>rectangle "Title" {</code>
     * @param line the line of an item
     * @return the text, indented two spaces per level
     */
    public static <T> String print(
            List<T> items, Function<T, List<String>> groups, Function<String, String> opening, Function<T, String> line) {
        Nesting<T> root = new Nesting<>("");
        for (T item : items) {
            Nesting<T> at = root;
            for (String group : groups.apply(item)) {
                at = at.child(group);
            }
            at.items.add(item);
        }
        StringBuilder out = new StringBuilder();
        root.print(out, "", opening, line);
        return out.toString();
    }

    private Nesting<T> child(String childTitle) {
        return children.computeIfAbsent(childTitle, t -> {
            Nesting<T> child = new Nesting<>(t);
            items.add(child);
            return child;
        });
    }

    @SuppressWarnings("unchecked")
    private void print(StringBuilder out, String indent, Function<String, String> opening, Function<T, String> line) {
        for (Object item : items) {
            if (item instanceof Nesting<?> nested) {
                Nesting<T> child = (Nesting<T>) nested;
                out.append(indent).append(opening.apply(child.title)).append('\n');
                child.print(out, indent + "  ", opening, line);
                out.append(indent).append("}\n");
            } else {
                out.append(indent).append(line.apply((T) item)).append('\n');
            }
        }
    }
}
