package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.ServiceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The registry of integrations: one per node kind and one per arrow kind, in the order of their
 * enums. It is built once and refuses to be built when a kind has no integration, two, or a
 * stencil name two kinds claim, so a kind that resolves is always checked, planned, documented and
 * read back.
 */
public final class Integrations {

    /** The code of the diagnostics integrations report about how a node is connected. */
    public static final String CONNECTION_COUNT = "CONNECTION_COUNT";

    private static final Integrations STANDARD = new Integrations(
            List.of(new ClientNode(), new KinesisStreamNode(), new FlinkApplicationNode(), new LambdaFunctionNode(),
                    new DynamoDbTableNode(), new OpenSearchDomainNode(), new S3BucketNode(), new FirehoseNode(),
                    new SqsQueueNode(), new IotCoreNode(), new VideoStreamNode()),
            List.of(new ProduceArrow(), new StreamToFunctionArrow(), new StreamToFlinkArrow(), new StreamArchiveArrow(),
                    new StreamToFirehoseArrow(), new FlinkToTableArrow(), new FunctionToSearchArrow(),
                    new FunctionToTableArrow(), new FirehoseToBucketArrow(), new FunctionToQueueArrow(),
                    new ProduceToIotArrow(), new IotToStreamArrow(), new ProduceToVideoArrow(),
                    new TableToFunctionArrow()));

    private final Map<ServiceKind, NodeIntegration> nodes = new EnumMap<>(ServiceKind.class);
    private final Map<ConnectionKind, ArrowIntegration> arrows = new EnumMap<>(ConnectionKind.class);
    private final Map<String, ServiceKind> stencils = new LinkedHashMap<>();
    private final Map<String, String> legacy = new LinkedHashMap<>();

    /**
     * @throws IllegalStateException when a kind has no integration or two, or two kinds claim a stencil
     */
    Integrations(List<NodeIntegration> nodeIntegrations, List<ArrowIntegration> arrowIntegrations) {
        List<String> problems = new ArrayList<>();
        for (NodeIntegration node : nodeIntegrations) {
            if (nodes.putIfAbsent(node.kind(), node) != null) {
                problems.add("two integrations for node kind " + node.kind());
            }
            node.stencils().forEach(name -> claim(name, node.kind(), problems));
            node.legacyStencils().forEach((name, preferred) -> {
                claim(name, node.kind(), problems);
                legacy.put(name, preferred);
                if (!node.stencils().contains(preferred)) {
                    problems.add("legacy stencil " + name + " of " + node.kind() + " points at " + preferred
                            + ", which is not one of its stencils");
                }
            });
            if (node.stencils().isEmpty()) {
                problems.add("node kind " + node.kind() + " has no stencil");
            }
        }
        for (ArrowIntegration arrow : arrowIntegrations) {
            if (arrows.putIfAbsent(arrow.kind(), arrow) != null) {
                problems.add("two integrations for arrow kind " + arrow.kind());
            }
        }
        Arrays.stream(ServiceKind.values()).filter(k -> !nodes.containsKey(k))
                .forEach(k -> problems.add("no integration for node kind " + k));
        Arrays.stream(ConnectionKind.values()).filter(k -> !arrows.containsKey(k))
                .forEach(k -> problems.add("no integration for arrow kind " + k));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("incomplete integrations: " + String.join("; ", problems));
        }
    }

    /** The integrations of every kind Stencil builds. */
    public static Integrations standard() {
        return STANDARD;
    }

    /**
     * Hands every node to its kind's integration, kinds in registry order and nodes in diagram
     * order, then every arrow to its kind's integration, in diagram order: how each planner walks
     * the architecture.
     */
    public void visit(Architecture architecture, BiConsumer<NodeIntegration, Component> node,
            BiConsumer<ArrowIntegration, Connection> arrow) {
        for (NodeIntegration integration : nodes.values()) {
            architecture.componentsOf(integration.kind()).forEach(c -> node.accept(integration, c));
        }
        architecture.connections().forEach(c -> arrow.accept(arrows.get(c.kind()), c));
    }

    /**
     * Which stack each node lives in: one stack while the diagram fits one, else its data stores
     * in the main stack and its processing in nested stacks (see {@link StackLayout}).
     *
     * @param recorded the homes an earlier generation recorded, by alias; empty for a new project
     */
    public StackLayout layout(Architecture architecture, Map<String, String> recorded) {
        return StackLayout.of(this, architecture, recorded);
    }

    /** The integration of a node kind; every kind has one. */
    public NodeIntegration node(ServiceKind kind) {
        return nodes.get(kind);
    }

    /** The integration of an arrow kind; every kind has one. */
    public ArrowIntegration arrow(ConnectionKind kind) {
        return arrows.get(kind);
    }

    /** Every node integration, in the order of {@link ServiceKind}. */
    public List<NodeIntegration> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Every arrow integration, in the order of {@link ConnectionKind}. */
    public List<ArrowIntegration> arrows() {
        return List.copyOf(arrows.values());
    }

    /** Each supported stencil name (after {@code mxgraph.aws4.}), with its kind. */
    public Map<String, ServiceKind> stencils() {
        Map<String, ServiceKind> supported = new LinkedHashMap<>(stencils);
        supported.keySet().removeAll(legacy.keySet());
        return supported;
    }

    /** Each legacy stencil name, with the name to draw instead. */
    public Map<String, String> legacyStencils() {
        return Map.copyOf(legacy);
    }

    /** The name {@code reverse} draws a kind with, and diagnostics suggest: the first of its stencils. */
    public String preferredStencil(ServiceKind kind) {
        return nodes.get(kind).stencils().get(0);
    }

    /** The icon that draws a stencil name (after {@code mxgraph.aws4.}), when it is one of a kind's. */
    public Optional<String> icon(String stencil) {
        return Optional.ofNullable(stencils.get(stencil)).map(kind -> nodes.get(kind).iconOf(stencil));
    }

    /** Every finding the kit acknowledges, each once, in registry order. */
    public List<Acknowledgement> acknowledgements() {
        Map<String, Acknowledgement> all = new LinkedHashMap<>();
        nodes.values().forEach(n -> n.acknowledgements().forEach(a -> all.putIfAbsent(a.constant(), a)));
        arrows.values().forEach(a -> a.acknowledgements().forEach(ack -> all.putIfAbsent(ack.constant(), ack)));
        return List.copyOf(all.values());
    }

    /** The findings the kit acknowledges in this architecture: those of the kinds it has, each once. */
    public List<Acknowledgement> acknowledgements(Architecture architecture) {
        Map<String, Acknowledgement> found = new LinkedHashMap<>();
        nodes.values().stream().filter(n -> architecture.has(n.kind()))
                .forEach(n -> n.acknowledgements().forEach(a -> found.putIfAbsent(a.constant(), a)));
        arrows.values().stream().filter(a -> architecture.connections().stream().anyMatch(c -> c.kind() == a.kind()))
                .forEach(a -> a.acknowledgements().forEach(ack -> found.putIfAbsent(ack.constant(), ack)));
        return List.copyOf(found.values());
    }

    /** The local services a local run of this architecture starts, each once, in registry order. */
    public List<String> localServices(Architecture architecture) {
        return nodes.values().stream().filter(n -> architecture.has(n.kind()))
                .flatMap(n -> n.localService().stream()).distinct().toList();
    }

    private void claim(String name, ServiceKind kind, List<String> problems) {
        ServiceKind previous = stencils.putIfAbsent(name, kind);
        if (previous != null) {
            problems.add("stencil " + name + " is claimed by " + previous + " and " + kind);
        }
    }
}
