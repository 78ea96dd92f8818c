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
 * @param skipped nodes left out because Stencil cannot build their service (lenient mode)
 * @param acknowledgements the cdk-nag findings acknowledged for this diagram: rule, where, reason
 * @param overridesFile the organisation's overrides file, relative to the project root
 * @param dashboards the OpenSearch Dashboards saved-objects files, relative to the project root
 * @param diagramPath the diagram the project is generated from, relative to the project root
 * @param diagramImage the file name {@code stencil:render} draws the diagram into, under {@code target/}
 * @param performance the functions' start-up defaults and measured figures; {@code null} without functions
 */
public record ReadmeView(
        String title,
        String source,
        String stackName,
        List<Row> components,
        List<Row> connections,
        List<Row> modules,
        List<String> userFiles,
        List<Row> skipped,
        List<Row> acknowledgements,
        String overridesFile,
        List<String> dashboards,
        String diagramPath,
        String diagramImage,
        PerformanceView performance) {

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
