package dev.stencil.engine;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import dev.stencil.plan.GenerationPlan;
import dev.stencil.plan.view.DataStoresView.DataStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the data stores the project was last generated with ({@code .stencil/data-stores})
 * with the ones the diagram has now: a stream, table, bucket or domain that left the diagram, or
 * whose alias was renamed, leaves the stack on the next deploy; the kit retains its data, but no
 * stack manages it any more and a renamed one starts empty.
 */
final class DataStoreChanges {

    private DataStoreChanges() {}

    /** A warning for each data store of the last generation that this one no longer has. */
    static List<Diagnostic> dropped(Path projectRoot, List<DataStore> now, String diagramFile) throws IOException {
        Path recorded = projectRoot.resolve(GenerationPlan.DATA_STORES);
        if (!Files.isRegularFile(recorded)) {
            return List.of();
        }
        Set<String> kept = now.stream().map(DataStoreChanges::home).collect(Collectors.toSet());
        List<Diagnostic> warnings = new ArrayList<>();
        for (String line : Files.readAllLines(recorded, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (line.startsWith("#") || columns.length != 3 || kept.contains(columns[0])) {
                continue;
            }
            warnings.add(Diagnostic.warning("DATA_STORE_DROPPED", SourceLocation.ofFile(diagramFile),
                    columns[1] + " `" + columns[2] + "` (construct " + columns[0] + ") is no longer in the diagram:"
                            + " the next deploy removes it from the stack; the kit retains its data (unless"
                            + " `stack.development=true`), which no stack manages any more",
                    "if the node was renamed, keep its old alias so the same " + columns[1] + " keeps its data;"
                            + " if it was removed on purpose, delete the retained resource by hand once its data"
                            + " is no longer needed"));
        }
        return warnings;
    }

    private static String home(DataStore store) {
        return store.stack() + "/" + store.id();
    }
}
