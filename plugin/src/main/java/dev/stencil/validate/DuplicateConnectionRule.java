package dev.stencil.validate;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Two arrows between the same two nodes would build the same wiring twice. */
final class DuplicateConnectionRule implements Rule {

    @Override
    public String code() {
        return "DUPLICATE_CONNECTION";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        Set<String> seen = new HashSet<>();
        List<Diagnostic> found = new ArrayList<>();
        for (Connection c : architecture.connections()) {
            if (!seen.add(c.from() + "\u0000" + c.to())) {
                found.add(Diagnostic.error(code(), c.location(),
                        "a second arrow from `" + c.from() + "` to `" + c.to() + "`",
                        "keep one arrow per pair of nodes"));
            }
        }
        return found;
    }
}
