package dev.stencil.output;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every change writing a project made, or would make in a dry run, in path order.
 *
 * @param changes one entry per path
 */
public record WriteReport(List<FileChange> changes) {

    public WriteReport {
        changes = List.copyOf(changes);
    }

    public List<FileChange> of(Action action) {
        return changes.stream().filter(c -> c.action() == action).toList();
    }

    /** How many paths each action touched. */
    public Map<Action, Integer> counts() {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            counts.put(action, of(action).size());
        }
        return counts;
    }

    /** One line such as {@code 3 created, 1 updated, 40 unchanged, 2 kept, 0 deleted}. */
    public String summary() {
        Map<Action, Integer> c = counts();
        return c.get(Action.CREATE) + " created, " + c.get(Action.UPDATE) + " updated, "
                + c.get(Action.UNCHANGED) + " unchanged, " + c.get(Action.KEEP) + " kept (yours), "
                + c.get(Action.DELETE) + " deleted";
    }
}
