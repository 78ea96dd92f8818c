package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which stack each node lives in. A diagram whose resources fit one stack keeps one, as the seed
 * does: one template, one deploy, nothing crosses a stack. A bigger one is split, following the
 * CDK's advice to keep stateful resources apart from stateless ones: its data stores (streams,
 * tables, buckets, domains, each with its key) stay in the main stack, and in nested
 * {@code Data<n>} stacks once they overflow it; its processing (producers, functions and Flink
 * applications, with the mappings, grants and alarms their arrows make) goes into nested
 * {@code Processing<n>} stacks, each filled in diagram order until the next node would break one of CloudFormation's quotas.
 *
 * <p>Nested stacks rather than sibling stacks, because references between them are parameters
 * and outputs the parent passes on each deploy, not exports: an export cannot change while another
 * stack imports it, so redrawing a diagram of sibling stacks would block its own deploy. The main
 * stack keeps its name and every data store's construct path, so a diagram that grows past one
 * stack never moves a data store; a node keeps the home recorded for it before (in
 * {@code .stencil/stacks}) for the same reason.
 *
 * @param homes each node's alias to its stack: {@link #MAIN} or a nested stack's id
 * @param stacks every stack, the main one first, with what it holds
 */
public record StackLayout(Map<String, String> homes, List<Home> stacks) {

    /** The home of the nodes of the main stack, the one the app creates. */
    public static final String MAIN = "";

    /**
     * Nested-stack parameters (or, out of a data stack, outputs) a node of another stack costs at
     * most: a stream's ARN and key ARN, a table's name, ARN and key ARN, a bucket's name, ARN and
     * key ARN, a domain's ARN and endpoint.
     */
    static final int REFERENCES_PER_NODE = 4;

    /** Room the main stack keeps, when split, for the resources of its nested stacks. */
    static final int NESTED_STACKS_ROOM = 25;

    static final String NESTED_STACK = "AWS::CloudFormation::Stack";

    public StackLayout {
        homes = Map.copyOf(homes);
        stacks = List.copyOf(stacks);
    }

    /**
     * One stack of the layout.
     *
     * @param id {@link #MAIN} or the nested stack's construct id
     * @param data whether it holds data stores
     * @param budget its resources and outputs
     * @param references how many nodes of other stacks it references
     */
    public record Home(String id, boolean data, StackBudget budget, int references) {

        /** Whether this is the main stack. */
        public boolean main() {
            return id.equals(MAIN);
        }
    }

    /** Whether the diagram is split into nested stacks. */
    public boolean split() {
        return stacks.size() > 1;
    }

    /** The nested stacks, in the order they are created. */
    public List<Home> nested() {
        return stacks.stream().filter(h -> !h.main()).toList();
    }

    /** What all stacks hold together: every resource and output of the project. */
    public StackBudget total() {
        Resources resources = Resources.NONE;
        int outputs = 0;
        for (Home home : stacks) {
            resources = resources.plus(home.budget().resources());
            outputs += home.budget().outputs();
        }
        return new StackBudget(resources, outputs);
    }

    /** The resources of the largest stack. */
    public int largest() {
        return stacks.stream().mapToInt(h -> h.budget().resources().total()).max().orElse(0);
    }

    /** The stack a node lives in. */
    public String homeOf(String alias) {
        return homes.getOrDefault(alias, MAIN);
    }

    /**
     * Lays the diagram out.
     *
     * @param recorded the homes of an earlier generation, by alias; empty for a new project
     */
    static StackLayout of(Integrations integrations, Architecture architecture, Map<String, String> recorded) {
        return new Packer(integrations, architecture, recorded).pack();
    }

    /** Fills the stacks, data stores first, each node with the arrows the kit builds beside it. */
    private static final class Packer {

        private final Integrations integrations;
        private final Architecture architecture;
        private final Map<String, String> recorded;
        private final Map<String, String> homes = new LinkedHashMap<>();
        private final Map<String, StackTally> tallies = new LinkedHashMap<>();
        private final Map<String, Integer> nodes = new LinkedHashMap<>();
        private final Map<String, List<Connection>> hosted = new LinkedHashMap<>();

        Packer(Integrations integrations, Architecture architecture, Map<String, String> recorded) {
            this.integrations = integrations;
            this.architecture = architecture;
            this.recorded = recorded;
            for (Connection arrow : architecture.connections()) {
                String host = integrations.arrow(arrow.kind()).builtWithTarget() ? arrow.to() : arrow.from();
                hosted.computeIfAbsent(host, alias -> new ArrayList<>()).add(arrow);
            }
        }

        StackLayout pack() {
            StackTally whole = new StackTally(integrations, architecture, false);
            architecture.components().forEach(c -> add(whole, c));
            boolean recordedSplit = recorded.values().stream().anyMatch(home -> !home.equals(MAIN));
            StackBudget all = whole.budget();
            if (!recordedSplit && all.resources().total() <= StackBudget.MAX_RESOURCES - StackBudget.CLI_METADATA
                    && all.outputs() <= StackBudget.MAX_OUTPUTS) {
                architecture.components().forEach(c -> homes.put(c.alias(), MAIN));
                return new StackLayout(homes, List.of(new Home(MAIN, true, whole.budget(), 0)));
            }
            tallies.put(MAIN, new StackTally(integrations, architecture, false));
            for (Component c : architecture.components()) {
                if (holdsData(c)) {
                    place(c, "Data", home -> home.equals(MAIN) || home.startsWith("Data"));
                }
            }
            for (Component c : architecture.components()) {
                if (!holdsData(c)) {
                    place(c, "Processing", home -> home.startsWith("Processing"));
                }
            }
            StackTally main = tallies.get(MAIN);
            main.add(Resources.of(NESTED_STACK, tallies.size() - 1));
            if (tallies.values().stream().anyMatch(StackTally::alarms)) {
                main.addAlarmTopic();
            }
            List<Home> stacks = new ArrayList<>();
            tallies.forEach((id, tally) -> stacks.add(new Home(id, id.equals(MAIN) || id.startsWith("Data"),
                    tally.budget(), tally.foreign().size())));
            return new StackLayout(homes, stacks);
        }

        private void place(Component node, String prefix, Predicate<String> mayStay) {
            Optional<String> kept = Optional.ofNullable(recorded.get(node.alias())).filter(mayStay);
            if (kept.isPresent() && (kept.get().equals(MAIN) || holdsData(node) || tryIn(kept.get(), node))) {
                put(kept.get(), node, tallies.computeIfAbsent(kept.get(), id -> new StackTally(integrations,
                        architecture, true)));
                return;
            }
            Optional<String> open = tallies.keySet().stream()
                    .filter(id -> id.startsWith(prefix) || prefix.equals("Data") && id.equals(MAIN))
                    .reduce((first, second) -> second);
            if (open.isPresent() && tryIn(open.get(), node)) {
                put(open.get(), node, tallies.get(open.get()));
                return;
            }
            String fresh = freshId(prefix);
            tallies.put(fresh, new StackTally(integrations, architecture, true));
            put(fresh, node, tallies.get(fresh));
        }

        private boolean tryIn(String id, Component node) {
            StackTally tally = tallies.get(id);
            if (tally == null) {
                return true;
            }
            StackTally trial = tally.copy();
            add(trial, node);
            int parameters = id.equals(MAIN) ? 0 : REFERENCES_PER_NODE * foreignAfter(trial, id, node);
            int referencedOutputs = id.startsWith("Data") ? REFERENCES_PER_NODE * (nodes.getOrDefault(id, 0) + 1) : 0;
            int limit = StackBudget.MAX_RESOURCES - StackBudget.CLI_METADATA - (id.equals(MAIN) ? NESTED_STACKS_ROOM : 0);
            StackBudget budget = trial.budget();
            return budget.resources().total() <= limit && parameters <= StackBudget.MAX_PARAMETERS
                    && budget.outputs() + referencedOutputs <= StackBudget.MAX_OUTPUTS;
        }

        private int foreignAfter(StackTally trial, String id, Component node) {
            hosted(node).forEach(arrow -> otherEnd(arrow, node).filter(other -> !id.equals(homes.get(other)))
                    .ifPresent(trial::references));
            return trial.foreign().size();
        }

        private void put(String id, Component node, StackTally tally) {
            add(tally, node);
            hosted(node).forEach(arrow -> otherEnd(arrow, node).filter(other -> !id.equals(homes.get(other)))
                    .ifPresent(tally::references));
            homes.put(node.alias(), id);
            nodes.merge(id, 1, Integer::sum);
        }

        private String freshId(String prefix) {
            int n = 1;
            while (tallies.containsKey(prefix + n) || recorded.containsValue(prefix + n)) {
                n++;
            }
            return prefix + n;
        }

        /** A node and the arrows the kit builds in its stack. */
        private void add(StackTally tally, Component node) {
            tally.add(node);
            hosted(node).forEach(tally::add);
        }

        private List<Connection> hosted(Component node) {
            return hosted.getOrDefault(node.alias(), List.of());
        }

        private static Optional<String> otherEnd(Connection arrow, Component node) {
            String other = arrow.from().equals(node.alias()) ? arrow.to() : arrow.from();
            return other.equals(node.alias()) ? Optional.empty() : Optional.of(other);
        }

        private boolean holdsData(Component c) {
            return integrations.node(c.kind()).holdsData();
        }
    }
}
