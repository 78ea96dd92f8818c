package dev.stencil.catalog;

import dev.stencil.integration.Integrations;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.DidYouMean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code mxgraph.aws4} stencil name, and the service kind of those Stencil can build.
 * The full name list is the draw.io AWS 4 library (a resource beside this class); the supported
 * names, their variants and their legacy names come from each kind's integration.
 */
public final class StencilCatalog {

    public static final String AWS4 = "mxgraph.aws4.";

    private static final Map<String, ServiceKind> SUPPORTED = Integrations.standard().stencils();
    private static final Map<String, String> LEGACY = Integrations.standard().legacyStencils();

    private final Set<String> known;

    private StencilCatalog(Set<String> known) {
        this.known = known;
    }

    /** The catalog with the draw.io AWS 4 names shipped in this jar. */
    public static StencilCatalog standard() {
        Set<String> names = new LinkedHashSet<>(readNames());
        names.addAll(SUPPORTED.keySet());
        names.addAll(LEGACY.keySet());
        names.add("managed_streaming_for_apache_kafka");
        return new StencilCatalog(Set.copyOf(names));
    }

    /** What is known about a full stencil name such as {@code mxgraph.aws4.lambda_function}. */
    public StencilInfo lookup(String stencil) {
        if (!stencil.startsWith(AWS4)) {
            return new StencilInfo(stencil, StencilStatus.UNKNOWN, Optional.empty(), "", List.of());
        }
        String name = stencil.substring(AWS4.length());
        if (SUPPORTED.containsKey(name)) {
            return new StencilInfo(stencil, StencilStatus.SUPPORTED, Optional.of(SUPPORTED.get(name)), "", List.of());
        }
        if (LEGACY.containsKey(name)) {
            String preferred = LEGACY.get(name);
            return new StencilInfo(
                    stencil, StencilStatus.LEGACY, Optional.of(SUPPORTED.get(preferred)), AWS4 + preferred, List.of());
        }
        if (known.contains(name)) {
            return new StencilInfo(stencil, StencilStatus.UNSUPPORTED, Optional.empty(), "", List.of());
        }
        return new StencilInfo(stencil, StencilStatus.UNKNOWN, Optional.empty(), "", suggest(name));
    }

    /** The preferred stencil name of each supported kind, for hints. */
    public static Map<ServiceKind, String> preferredNames() {
        Map<ServiceKind, String> preferred = new LinkedHashMap<>();
        Integrations.standard().nodes().forEach(n -> preferred.put(n.kind(), AWS4 + Integrations.standard()
                .preferredStencil(n.kind())));
        return preferred;
    }

    private List<String> suggest(String name) {
        return DidYouMean.closest(name, known).stream().map(k -> AWS4 + k).toList();
    }

    private static List<String> readNames() {
        try (InputStream in = StencilCatalog.class.getResourceAsStream("aws4-stencils.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stencil list shipped with Stencil", e);
        }
    }
}
