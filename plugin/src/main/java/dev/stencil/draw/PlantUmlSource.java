package dev.stencil.draw;

import dev.stencil.diagram.Arrow;
import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.Direction;
import dev.stencil.diagram.Element;
import dev.stencil.diagram.Group;
import dev.stencil.reverse.DiagramPrinter;
import dev.stencil.reverse.Nesting;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        Map<String, Group> groups = new LinkedHashMap<>();
        diagram.groups().forEach(g -> groups.putIfAbsent(g.title(), g));
        out.append(Nesting.print(diagram.elements(), Element::groups,
                title -> groups.get(title).keyword() + ' ' + DiagramPrinter.quote(title) + " {", PlantUmlSource::node));
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
}
