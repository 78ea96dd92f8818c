package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the project-level build files: the root and module POMs, {@code cdk.json}, {@code .gitignore}.
 *
 * @param groupId the generated project's groupId
 * @param projectName its artifactId, such as {@code clickstream}
 * @param title a one-line human name for descriptions
 * @param basePackage the base Java package
 * @param modules the modules in build order (functions and analytics before infra)
 * @param stencilVersion the stencil-runtime and stencil-maven-plugin version the project uses
 * @param appClass the fully qualified CDK app class
 * @param analyticsMainClass the fully qualified Flink entry point
 * @param stencilProperties the root POM's {@code stencil.*} properties that repeat this generation, XML-escaped
 * @param cdkContext the {@code context} of {@code cdk.json}: the CDK's recommended feature flags, as JSON
 */
public record ProjectView(
        String groupId,
        String projectName,
        String title,
        String basePackage,
        List<String> modules,
        String stencilVersion,
        String appClass,
        String analyticsMainClass,
        List<PomProperty> stencilProperties,
        String cdkContext) {

    /**
     * One POM property.
     *
     * @param name its name, such as {@code stencil.diagram}
     * @param value its value, XML-escaped
     */
    public record PomProperty(String name, String value) {}

    public ProjectView {
        modules = List.copyOf(modules);
        stencilProperties = List.copyOf(stencilProperties);
    }
}
