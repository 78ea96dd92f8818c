package dev.stencil.plan.view;

/**
 * Feeds the OpenSearch Dashboards saved-objects file of one index: an index pattern, the
 * clickstream visualizations and a dashboard holding them.
 *
 * @param index the index a function writes
 * @param idPrefix the prefix of every saved object's id, unique per index
 * @param title the dashboard's title
 */
public record DashboardsView(String index, String idPrefix, String title) {}
