package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds {@code .stencil/data-stores}: every node that holds data, where the stack keeps it. The
 * next {@code generate} compares the diagram with it and warns about a data store that left.
 *
 * @param stores one row per data store, in diagram order
 */
public record DataStoresView(List<DataStore> stores) {

    public DataStoresView {
        stores = List.copyOf(stores);
    }

    /**
     * One data store.
     *
     * @param stack the stack that holds it
     * @param id its construct id, from which its logical id derives
     * @param kind what it is, as messages say it
     * @param alias the diagram alias it was generated from
     */
    public record DataStore(String stack, String id, String kind, String alias) {}
}
