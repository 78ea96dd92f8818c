package dev.stencil.reverse;


import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.Element;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.FlowStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a {@link Difference} to the diagram's own text, line by line, so that everything the
 * difference does not touch (order, groups, labels, styles, comments, drawing statements, blank
 * lines) stays exactly as the architect wrote it. Removed nodes and arrows lose their lines; a new
 * node goes after the last node of its kind (in that node's container), else before the first
 * arrow; a new arrow goes after the last arrow.
 */
public final class DiagramEditor {

    private DiagramEditor() {}

    /**
     * @param text the diagram file's text
     * @param file the file's path as the reader named it (nodes from included files are left alone)
     * @param syntax the diagram as read from that text
     * @param model the architecture it describes
     * @param difference what the code has that the diagram lacks, and the reverse
     * @return the edited text
     */
    public static String apply(String text, String file, Diagram syntax, Architecture model, Difference difference) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        Set<Integer> deleted = new HashSet<>();
        Map<Integer, List<String>> insertedBefore = new TreeMap<>();
        for (Component removed : difference.removedComponents()) {
            syntax.elements().stream().filter(e -> e.alias().equals(removed.alias()) && e.location().file().equals(file))
                    .forEach(e -> deleted.add(e.location().line()));
        }
        for (Connection removed : difference.removedConnections()) {
            syntax.arrows().stream()
                    .filter(a -> a.from().equals(removed.from()) && a.to().equals(removed.to())
                            && a.fromLocation().file().equals(file))
                    .forEach(a -> deleted.add(a.fromLocation().line()));
        }
        int end = endLine(lines, syntax.location().line());
        int firstArrow = syntax.arrows().stream().filter(a -> a.fromLocation().file().equals(file))
                .mapToInt(a -> a.fromLocation().line()).min().orElse(end);
        int lastArrow = syntax.arrows().stream().filter(a -> a.fromLocation().file().equals(file))
                .mapToInt(a -> a.fromLocation().line()).max().orElse(end - 1);
        for (Component added : difference.addedComponents()) {
            Element sibling = lastOfKind(syntax, model, added, file);
            int before = sibling == null ? firstArrow : sibling.location().line() + 1;
            String indent = sibling == null ? "" : indentOf(lines.get(sibling.location().line() - 1));
            insertedBefore.computeIfAbsent(before, k -> new ArrayList<>()).add(indent + node(added));
        }
        for (Connection added : difference.addedConnections()) {
            insertedBefore.computeIfAbsent(lastArrow + 1, k -> new ArrayList<>()).add(arrow(added));
        }
        List<String> out = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            out.addAll(insertedBefore.getOrDefault(number, List.of()));
            if (!deleted.contains(number)) {
                out.add(lines.get(number - 1));
            }
        }
        return String.join(newline, out);
    }

    private static Element lastOfKind(Diagram syntax, Architecture model, Component added, String file) {
        Element last = null;
        for (Element e : syntax.elements()) {
            boolean sameKind = model.component(e.alias()).filter(c -> c.kind() == added.kind()).isPresent();
            if (sameKind && e.location().file().equals(file)) {
                last = e;
            }
        }
        return last;
    }

    private static int endLine(List<String> lines, int start) {
        for (int i = start; i <= lines.size(); i++) {
            if (lines.get(i - 1).strip().startsWith("@enduml")) {
                return i;
            }
        }
        return lines.size();
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String node(Component c) {
        return c.stencil() + " " + DiagramPrinter.quote(c.label()) + " as " + c.alias();
    }

    private static String arrow(Connection c) {
        String shape = c.style() == FlowStyle.ASYNC ? "..>" : c.style() == FlowStyle.ASSOCIATION ? "--" : "-->";
        return c.from() + " " + shape + " " + c.to() + (c.label().isEmpty() ? "" : " : " + DiagramPrinter.quote(c.label()));
    }
}
