package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.FunctionEvent;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * Everything Stencil knows about one kind of arrow, in one class: the typed wiring it plans, what
 * {@code reverse} matches in code, and the findings it acknowledges. {@link Integrations} holds
 * one per {@link ConnectionKind}, so an arrow that resolves is always built.
 */
public interface ArrowIntegration {

    /** The kind this integration builds. */
    ConnectionKind kind();

    /**
     * The typed kit call of one arrow, added to the stack. An arrow whose wiring another arrow
     * plans (stream → Firehose, planned with the Firehose's arrow to its bucket) adds nothing.
     */
    void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack);

    /** The arrow's stage and checks in the local run; by default none. */
    default void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {}

    /**
     * What a function writes through when the arrow leaves it; empty for arrows that do not.
     *
     * @param event the events the function decodes, whose id keys what it writes
     */
    default Optional<FunctionView.Sink> functionSink(Connection arrow, Naming naming, FunctionEvent event) {
        return Optional.empty();
    }

    /** The CloudFormation resources the kit creates for one arrow, by type; none when it only grants. */
    default Resources resources(Connection arrow, Architecture architecture) {
        return Resources.NONE;
    }

    /**
     * Whether the kit builds this arrow's resources and grants in its target's stack (a mapping
     * beside its function, an archive beside its bucket) rather than its source's (a grant to the
     * writing function or job); where the generator places the arrow when it splits the stack.
     */
    default boolean builtWithTarget() {
        return false;
    }

    /**
     * The bytes the arrow adds to its function's environment once deployed (variable names, and
     * each value as long as a deployed name or endpoint may be); none for arrows that set none.
     */
    default int environmentBytes(Connection arrow, Naming naming) {
        return 0;
    }

    /** The {@code Wiring} method a generated stack calls for it, which {@code reverse} reads as this arrow. */
    Optional<String> wiringMethod();

    /** How {@code reverse} draws the arrow when the diagram has not drawn it yet. */
    default FlowStyle drawnAs() {
        return FlowStyle.SYNC;
    }

    /** The cdk-nag findings the kit acknowledges on every arrow of this kind. */
    default List<Acknowledgement> acknowledgements() {
        return List.of();
    }
}
