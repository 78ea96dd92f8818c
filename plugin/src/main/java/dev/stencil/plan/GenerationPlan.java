package dev.stencil.plan;

import dev.stencil.plan.view.DataStoresView;
import java.util.List;

/**
 * Everything to generate for one architecture, with every name already decided.
 *
 * @param projectName the generated project's artifactId
 * @param files the files, in the order they were planned
 * @param dataStores the nodes that hold data, where their stack keeps them
 */
public record GenerationPlan(String projectName, List<PlannedFile> files, List<DataStoresView.DataStore> dataStores) {

    /** Where the data stores of the last generation are recorded, relative to the project root. */
    public static final String DATA_STORES = ".stencil/data-stores";

    /** Where the stack of every node of the last generation is recorded, relative to the project root. */
    public static final String STACKS = ".stencil/stacks";

    public GenerationPlan {
        files = List.copyOf(files);
        dataStores = List.copyOf(dataStores);
    }
}
