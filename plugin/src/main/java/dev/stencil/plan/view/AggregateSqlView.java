package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the generated Flink SQL query of a declared aggregate.
 *
 * @param source the sidecar and arrows it comes from, for the header, such as {@code "orders -> revenue"}
 * @param columns the columns of the {@code events} table, such as {@code `orderId` STRING}
 * @param eventTime the field whose time {@code rowtime} holds
 * @param selections the select list: group keys, window start and end, measures
 * @param window the window table function call
 * @param groupBy the group-by list
 */
public record AggregateSqlView(String source, List<String> columns, String eventTime, List<String> selections, String window,
        String groupBy) {

    public AggregateSqlView {
        columns = List.copyOf(columns);
        selections = List.copyOf(selections);
    }
}
