package dev.stencil.draw;

import dev.stencil.diagram.Arrow;
import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.Direction;
import dev.stencil.diagram.Element;
import dev.stencil.diagram.Group;
import dev.stencil.reverse.DiagramPrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a diagram in the stencil dialect into plain PlantUML that draws each node with its AWS
 * icon from the library bundled in PlantUML ({@code awslib20}), keeping containers, labels, arrow
 * shapes and arrow labels as written.
 */
public final class PlantUmlSource {

    private PlantUmlSource() {}

    public static String of(Diagram diagram) {
        StringBuilder out = new StringBuilder("@startuml\n!include <awslib20/AWSCommon>\n!include <awslib20/AWSSimplified>\n");
        Set<String> icons = new LinkedHashSet<>();
        diagram.elements().forEach(e -> AwsIcons.of(e.stencil()).ifPresent(icons::add));
        icons.forEach(icon -> out.append("!include <awslib20/").append(icon).append(">\n"));
        if (diagram.direction() == Direction.LEFT_TO_RIGHT) {
            out.append("left to right direction\n");
        }
        Level root = new Level(null);
        Map<String, Group> groups = new LinkedHashMap<>();
        diagram.groups().forEach(g -> groups.putIfAbsent(g.title(), g));
        for (Element e : diagram.elements()) {
            Level at = root;
            for (String title : e.groups()) {
                at = at.child(groups.get(title));
            }
            at.items.add(e);
        }
        root.print(out, "");
        for (Arrow a : diagram.arrows()) {
            out.append(a.from()).append(' ').append(a.shape()).append(' ').append(a.to());
            if (!a.label().isEmpty()) {
                out.append(" : ").append(DiagramPrinter.quote(a.label()));
            }
            out.append('\n');
        }
        return out.append("@enduml\n").toString();
    }

    private static String node(Element e) {
        String label = DiagramPrinter.quote(e.label());
        return AwsIcons.of(e.stencil())
                .map(icon -> icon.substring(icon.lastIndexOf('/') + 1) + "(" + e.alias() + ", " + label + ", \"\")")
                .orElse("rectangle " + label + " <<" + e.stencil() + ">> as " + e.alias());
    }

    /** One container level: its nodes and sub-containers in first-seen order. */
    private static final class Level {
        final Group group;
        final Map<String, Level> children = new LinkedHashMap<>();
        final List<Object> items = new ArrayList<>();

        Level(Group group) {
            this.group = group;
        }

        Level child(Group childGroup) {
            return children.computeIfAbsent(childGroup.title(), t -> {
                Level level = new Level(childGroup);
                items.add(level);
                return level;
            });
        }

        void print(StringBuilder out, String indent) {
            for (Object item : items) {
                if (item instanceof Element e) {
                    out.append(indent).append(node(e)).append('\n');
                } else if (item instanceof Level level) {
                    out.append(indent).append(level.group.keyword()).append(' ')
                            .append(DiagramPrinter.quote(level.group.title())).append(" {\n");
                    level.print(out, indent + "  ");
                    out.append(indent).append("}\n");
                }
            }
        }
    }
}
