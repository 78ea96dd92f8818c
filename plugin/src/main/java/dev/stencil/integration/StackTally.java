package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ServiceKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What one stack holds so far, as the kit builds it: every node's and arrow's resources, what a
 * kind shares once per stack, the alarm topic once any alarm exists, and the nodes of other stacks
 * its arrows reference (each a few nested-stack parameters or outputs).
 */
final class StackTally {

    /** What the kit's monitoring adds once per stack with alarms: the topic (and its output), its key, the dashboard. */
    static final Resources ALARM_TOPIC = Resources.of(Resources.KEY, 1, "AWS::SNS::Topic", 1, "AWS::SNS::TopicPolicy", 1);

    /** What a stack with alarms has of its own: its dashboard. */
    static final Resources DASHBOARD = Resources.of("AWS::CloudWatch::Dashboard", 1);

    /** Alarms notify the main stack's topic; a nested stack gets the topic's ARN as a parameter. */
    private static final String ALARM_TOPIC_REFERENCE = "alarm topic";

    private final Integrations integrations;
    private final Architecture architecture;
    private final Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
    private final Set<String> foreign = new HashSet<>();
    private final boolean nested;
    private Resources resources = Resources.NONE;
    private int outputs;
    private boolean topic;

    /**
     * @param nested whether the stack is nested in the main one, whose alarm topic its alarms notify
     */
    StackTally(Integrations integrations, Architecture architecture, boolean nested) {
        this.integrations = integrations;
        this.architecture = architecture;
        this.nested = nested;
    }

    /** A tally that starts where this one is, to try a node on without changing this one. */
    StackTally copy() {
        StackTally copy = new StackTally(integrations, architecture, nested);
        copy.kinds.addAll(kinds);
        copy.foreign.addAll(foreign);
        copy.resources = resources;
        copy.outputs = outputs;
        copy.topic = topic;
        return copy;
    }

    /** Adds a node. */
    void add(Component node) {
        NodeIntegration integration = integrations.node(node.kind());
        Resources added = integration.resources(node, architecture);
        if (kinds.add(node.kind())) {
            added = added.plus(integration.sharedResources());
        }
        outputs += integration.outputCount();
        grow(added);
    }

    /** Adds an arrow whose resources the kit builds in this stack. */
    void add(Connection arrow) {
        grow(integrations.arrow(arrow.kind()).resources(arrow, architecture));
    }

    /** Adds resources of a type the stack holds beside its nodes' (a nested stack's own resource, in its parent). */
    void add(Resources more) {
        grow(more);
    }

    /** Notes that an arrow built here references a node that lives in another stack. */
    void references(String alias) {
        foreign.add(alias);
    }

    /** The aliases of the nodes of other stacks this one references. */
    Set<String> foreign() {
        return Set.copyOf(foreign);
    }

    StackBudget budget() {
        return new StackBudget(resources, outputs);
    }

    /** Whether any alarm is in this stack. */
    boolean alarms() {
        return resources.count(Resources.ALARM) > 0;
    }

    /** Adds the alarm topic (and its output) to the main stack, if it has none yet: a nested stack's alarms notify it. */
    void addAlarmTopic() {
        if (!topic) {
            topic = true;
            resources = resources.plus(ALARM_TOPIC);
            outputs++;
        }
    }

    private void grow(Resources added) {
        if (!alarms() && added.count(Resources.ALARM) > 0) {
            added = added.plus(DASHBOARD);
            if (nested) {
                foreign.add(ALARM_TOPIC_REFERENCE);
            } else {
                addAlarmTopic();
            }
        }
        resources = resources.plus(added);
    }
}
