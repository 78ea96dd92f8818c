package dev.stencil.validate;

import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/** A node with no arrow is built on its own; usually an arrow was forgotten. */
final class UnconnectedComponentRule implements Rule {

    @Override
    public String code() {
        return "UNCONNECTED";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        return architecture.components().stream()
                .filter(c -> architecture.incoming(c.alias()).isEmpty() && architecture.outgoing(c.alias()).isEmpty())
                .map(c -> Diagnostic.warning(code(), c.location(),
                        c.kind().displayName() + " `" + c.alias() + "` has no arrows; it is built standalone",
                        "connect it with an arrow, or remove it"))
                .toList();
    }
}
