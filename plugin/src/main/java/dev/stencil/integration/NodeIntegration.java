package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Stencil knows about one kind of node, in one class: how diagrams draw it, how it is
 * checked, built, documented, run locally and found again in code. {@link Integrations} holds
 * one per {@link ServiceKind} and refuses to start without it.
 */
public interface NodeIntegration {

    /** The kind this integration builds. */
    ServiceKind kind();

    /**
     * The draw.io names (after {@code mxgraph.aws4.}) that draw this kind; the first is the one
     * {@code reverse} writes and diagnostics suggest.
     */
    List<String> stencils();

    /** Names older draw.io libraries used, each with the name to draw instead. */
    default Map<String, String> legacyStencils() {
        return Map.of();
    }

    /** The icon of PlantUML's bundled AWS library ({@code awslib20}) that {@code render} draws, such as {@code Compute/Lambda}. */
    String icon();

    /** The icon of one of {@link #stencils()} or {@link #legacyStencils()}, when they differ by name. */
    default String iconOf(String stencil) {
        return icon();
    }

    /** What must feed a node of this kind, when it only runs when fed; the hint of {@code MISSING_INPUT}. */
    default Optional<String> requiredInput() {
        return Optional.empty();
    }

    /**
     * Why nothing Stencil builds may start at a node of this kind, when the reason is more than
     * "not yet"; the hint of {@code UNSUPPORTED_CONNECTION} for an arrow out of it.
     */
    default Optional<String> whyNoArrowsOut() {
        return Optional.empty();
    }

    /** Problems with how a node of this kind is connected, beyond a missing input. */
    default List<Diagnostic> check(Component node, Architecture architecture) {
        return List.of();
    }

    /** The attribute of the CfnOutput the kit gives each node, such as {@code StreamName}; empty when it has none. */
    default Optional<String> output() {
        return Optional.empty();
    }

    /**
     * Whether a node of this kind holds data (a stream, table, bucket or domain): the kit retains
     * it when it leaves the stack, and {@code generate} warns when it leaves the diagram.
     */
    default boolean holdsData() {
        return false;
    }

    /** How many CfnOutputs the kit gives each node: {@link #output()}, and any others. */
    default int outputCount() {
        return output().isPresent() ? 1 : 0;
    }

    /** The CloudFormation resources the kit creates for one node, by type. */
    Resources resources(Component node, Architecture architecture);

    /** Resources the kit creates once per stack that has a node of this kind. */
    default Resources sharedResources() {
        return Resources.NONE;
    }

    /** The typed kit call of one node, added to the stack. */
    void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack);

    /** The node's resources in the local run, under the names the stack gives them; by default none. */
    default void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {}

    /** What the README's table of components says the node became, Markdown. */
    String builtAs(ComponentNames names, Architecture architecture, Naming naming);

    /** The kit factory class a generated stack calls, such as {@code Streams}; empty when the kind has none. */
    default Optional<String> kitFactory() {
        return Optional.empty();
    }

    /** The plain CDK classes that {@code reverse} reads as a node of this kind, such as {@code Stream}. */
    List<String> cdkClasses();

    /** The local service ({@code stencil-local}'s {@code LocalService}) a local run starts for this kind. */
    default Optional<String> localService() {
        return Optional.empty();
    }

    /** The cdk-nag findings the kit acknowledges on every node of this kind. */
    default List<Acknowledgement> acknowledgements() {
        return List.of();
    }
}
