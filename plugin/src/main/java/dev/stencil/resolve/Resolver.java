package dev.stencil.resolve;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.catalog.StencilInfo;
import dev.stencil.catalog.StencilStatus;
import dev.stencil.diagram.Arrow;
import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.Element;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * Turns a diagram's syntax into the architecture model: stencils become service kinds, arrows
 * become typed connections. Everything that cannot be resolved becomes a diagnostic.
 */
public final class Resolver {

    private final StencilCatalog catalog;
    private final boolean lenient;

    /**
     * @param catalog the stencil names to resolve against
     * @param lenient when true, nodes of known but unsupported services are skipped with a warning
     */
    public Resolver(StencilCatalog catalog, boolean lenient) {
        this.catalog = catalog;
        this.lenient = lenient;
    }

    public Resolution resolve(Diagram diagram, String fallbackName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (diagram.elements().isEmpty()) {
            diagnostics.add(StencilDiagnostics.empty(diagram));
        }
        Map<String, Component> components = new LinkedHashMap<>();
        Set<String> declared = new HashSet<>();
        List<Architecture.Skipped> skipped = new ArrayList<>();
        for (Element element : diagram.elements()) {
            if (!declared.add(element.alias())) {
                diagnostics.add(StencilDiagnostics.duplicateAlias(element));
                continue;
            }
            Optional<ServiceKind> kind = kindOf(element, diagnostics);
            kind.ifPresent(k -> components.put(element.alias(), new Component(
                    element.alias(), k, element.label(), element.stencil(), element.groups(), element.location())));
            if (kind.isEmpty() && lenient && catalog.lookup(element.stencil()).status() == StencilStatus.UNSUPPORTED) {
                skipped.add(new Architecture.Skipped(
                        element.alias(), element.stencil(), element.label(), element.location()));
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (Arrow arrow : diagram.arrows()) {
            connect(arrow, declared, components, diagnostics).ifPresent(connections::add);
        }
        String name = diagram.name().isBlank() ? fallbackName : diagram.name();
        return new Resolution(
                new Architecture(name, List.copyOf(components.values()), connections, skipped), diagnostics);
    }

    private Optional<ServiceKind> kindOf(Element element, List<Diagnostic> diagnostics) {
        StencilInfo info = catalog.lookup(element.stencil());
        switch (info.status()) {
            case LEGACY -> diagnostics.add(StencilDiagnostics.legacy(element, info));
            case UNSUPPORTED -> diagnostics.add(StencilDiagnostics.unsupported(element, lenient));
            case UNKNOWN -> diagnostics.add(StencilDiagnostics.unknown(element, info));
            case SUPPORTED -> { }
        }
        return info.kind();
    }

    private Optional<Connection> connect(
            Arrow arrow, Set<String> declared, Map<String, Component> components, List<Diagnostic> diagnostics) {
        boolean known = true;
        if (!declared.contains(arrow.from())) {
            diagnostics.add(StencilDiagnostics.undeclared(arrow.from(), arrow.fromLocation(), declared));
            known = false;
        }
        if (!declared.contains(arrow.to())) {
            diagnostics.add(StencilDiagnostics.undeclared(arrow.to(), arrow.toLocation(), declared));
            known = false;
        }
        if (!known) {
            return Optional.empty();
        }
        if (arrow.from().equals(arrow.to())) {
            diagnostics.add(StencilDiagnostics.selfLoop(arrow));
            return Optional.empty();
        }
        Component from = components.get(arrow.from());
        Component to = components.get(arrow.to());
        if (from == null || to == null) {
            return Optional.empty();
        }
        Optional<ConnectionKind> kind = ConnectionKind.between(from.kind(), to.kind());
        if (kind.isEmpty()) {
            diagnostics.add(StencilDiagnostics.unsupportedConnection(arrow, from, to));
        }
        return kind.map(k -> new Connection(from.alias(), to.alias(), k, arrow.label(), arrow.style(),
                arrow.fromLocation()));
    }

    static String join(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }
}
