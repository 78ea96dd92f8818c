package dev.stencil.engine;

import dev.stencil.integration.StackLayout;
import dev.stencil.plan.GenerationPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code .stencil/stacks}: the stack each node of the last generation lives in. */
final class StackHomes {

    private StackHomes() {}

    /** Each recorded node's home, by alias: {@link StackLayout#MAIN} or its nested stack's id; empty for a new project. */
    static Map<String, String> read(Path projectRoot) throws IOException {
        Path recorded = projectRoot.resolve(GenerationPlan.STACKS);
        Map<String, String> homes = new LinkedHashMap<>();
        if (!Files.isRegularFile(recorded)) {
            return homes;
        }
        for (String line : Files.readAllLines(recorded, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (line.startsWith("#") || columns.length != 2) {
                continue;
            }
            int slash = columns[1].indexOf('/');
            homes.put(columns[0], slash < 0 ? StackLayout.MAIN : columns[1].substring(slash + 1));
        }
        return homes;
    }
}
