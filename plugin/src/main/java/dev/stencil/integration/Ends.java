package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.naming.Naming;
import java.util.List;

/** What integrations ask of the arrows around a node. */
final class Ends {

    private Ends() {}

    /** The construct ids of what points at a node, in diagram order: the streams into a function or a Flink job. */
    static List<String> sourceIds(Architecture architecture, Naming naming, String alias) {
        return architecture.incoming(alias).stream().map(c -> naming.of(c.from()).type()).toList();
    }
}
