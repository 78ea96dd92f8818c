package dev.stencil.resolve;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.catalog.StencilInfo;
import dev.stencil.diagram.Arrow;
import dev.stencil.diagram.Diagram;
import dev.stencil.diagram.Element;
import dev.stencil.integration.Integrations;
import dev.stencil.model.Component;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.Severity;
import dev.stencil.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The diagnostics of resolution, each with its stable code and a hint saying what to do. */
public final class StencilDiagnostics {

    private StencilDiagnostics() {}

    static Diagnostic empty(Diagram diagram) {
        return Diagnostic.error("EMPTY_DIAGRAM", diagram.location(),
                "the diagram declares no nodes", "add nodes such as `mxgraph.aws4.kinesis_data_streams \"Events\" as events`");
    }

    static Diagnostic duplicateAlias(Element element) {
        return Diagnostic.error("DUPLICATE_ALIAS", element.aliasLocation(),
                "alias `" + element.alias() + "` is declared more than once",
                "give each node its own alias");
    }

    static Diagnostic legacy(Element element, StencilInfo info) {
        return Diagnostic.warning("LEGACY_STENCIL", element.location(),
                "`" + element.stencil() + "` is a legacy name; read as " + info.kind().orElseThrow().displayName(),
                "write `" + info.preferredName() + "` instead");
    }

    /**
     * Why Stencil builds no such service, for the services whose reason is more than "not yet", and
     * what to draw instead.
     */
    private static final Map<String, String> WHY_NOT = Map.of(
            StencilCatalog.AWS4 + "timestream", "Amazon Timestream for LiveAnalytics takes no new customers, and"
                    + " AWS points them to Timestream for InfluxDB, a database instance in a VPC, which Stencil does"
                    + " not build yet; draw a DynamoDB table for per-minute aggregates (a Flink application or a"
                    + " function writes it) or an S3 bucket for the raw series");

    static Diagnostic unsupported(Element element, boolean lenient) {
        String why = WHY_NOT.get(element.stencil());
        return new Diagnostic("UNSUPPORTED_SERVICE", lenient ? Severity.WARNING : Severity.ERROR, element.location(),
                "`" + element.stencil() + "` is a known AWS stencil, but Stencil cannot build that service yet"
                        + (lenient ? "; the node and its arrows are skipped" : ""),
                (why == null ? "" : why + "; ") + "supported: " + supportedList()
                        + (lenient ? "" : "; or set stencil.lenient=true to skip such nodes"));
    }

    static Diagnostic unknown(Element element, StencilInfo info) {
        String hint = info.suggestions().isEmpty()
                ? (element.stencil().startsWith(StencilCatalog.AWS4)
                        ? "use a name from the draw.io AWS 4 library; supported: " + supportedList()
                        : "Stencil reads mxgraph.aws4.* stencils; supported: " + supportedList())
                : "did you mean " + String.join(" or ", info.suggestions().stream().map(s -> "`" + s + "`").toList())
                        + "?";
        return Diagnostic.error("UNKNOWN_STENCIL", element.location(),
                "unknown stencil `" + element.stencil() + "`", hint);
    }

    static Diagnostic undeclared(String alias, SourceLocation at, Set<String> declared) {
        return Diagnostic.error("UNDECLARED_ALIAS", at,
                "arrow refers to `" + alias + "`, which no node declares",
                declared.isEmpty() ? "declare the node before the arrow"
                        : "declare it, or use one of: " + Resolver.join(declared));
    }

    static Diagnostic selfLoop(Arrow arrow) {
        return Diagnostic.error("SELF_LOOP", arrow.fromLocation(),
                "arrow from `" + arrow.from() + "` to itself", "point the arrow at another node");
    }

    static Diagnostic unsupportedConnection(Arrow arrow, Component from, Component to) {
        List<ServiceKind> targets = ConnectionKind.targetsOf(from.kind());
        String hint = targets.isEmpty()
                ? article(from.kind()) + from.kind().displayName() + " has no outgoing arrows; it can only be pointed at"
                        + Integrations.standard().node(from.kind()).whyNoArrowsOut().map(why -> "; " + why).orElse("")
                : article(from.kind()) + from.kind().displayName() + " can point to: "
                        + targets.stream().map(ServiceKind::displayName).collect(Collectors.joining(", "));
        return Diagnostic.error("UNSUPPORTED_CONNECTION", arrow.fromLocation(),
                "Stencil cannot build an arrow from " + from.kind().displayName() + " `" + from.alias() + "` to "
                        + to.kind().displayName() + " `" + to.alias() + "`",
                hint);
    }

    /** "a" or "an", as the kind's name is said ("an S3 bucket", "an SQS queue", "a Lambda function"). */
    private static String article(ServiceKind kind) {
        String name = kind.displayName();
        boolean vowel = "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 || name.startsWith("S3") || name.startsWith("SQS");
        return vowel ? "an " : "a ";
    }

    /** The stencils Stencil builds, as diagnostics list them. */
    public static String supportedList() {
        return String.join(", ", StencilCatalog.preferredNames().values());
    }
}
