package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the generated project's README.
 *
 * @param title the project name
 * @param source the diagram file it was generated from
 * @param stackName the CloudFormation stack name
 * @param components one row per diagram node
 * @param connections one row per diagram arrow
 * @param modules one row per Maven module
 * @param userFiles the files that belong to the user
 */
public record ReadmeView(
        String title,
        String source,
        String stackName,
        List<Row> components,
        List<Row> connections,
        List<Row> modules,
        List<String> userFiles) {

    /**
     * One table row of up to four cells, already escaped for Markdown.
     *
     * @param a first cell
     * @param b second cell
     * @param c third cell
     * @param d fourth cell
     */
    public record Row(String a, String b, String c, String d) {}
}
