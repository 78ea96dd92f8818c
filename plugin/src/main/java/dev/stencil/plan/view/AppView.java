package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the CDK app class and the stack's configuration record.
 *
 * @param basePackage the base package
 * @param projectName the project's name, tagged on every resource
 * @param appType the app class name, such as {@code ClickstreamApp}
 * @param stackType the stack class name
 * @param configType the configuration record's name
 * @param stackTestType the stack's CDK assertion test class
 * @param nagTestType the stack's cdk-nag test class
 * @param stackId the stack's construct id and CloudFormation name
 * @param description the stack description, as a Java string literal
 * @param artefacts the deployment artefacts the stack needs (may be empty)
 * @param overridesFile the organisation's overrides file, relative to the project root
 */
public record AppView(
        String basePackage,
        String projectName,
        String appType,
        String stackType,
        String configType,
        String stackTestType,
        String nagTestType,
        String stackId,
        String description,
        List<Artefact> artefacts,
        String overridesFile) {

    public AppView {
        artefacts = List.copyOf(artefacts);
    }

    /**
     * A file the stack deploys, built by a module of the project.
     *
     * @param accessor the configuration record component, such as {@code functionsJar}
     * @param path the path relative to the project root, such as {@code functions/target/functions.jar}
     * @param fileName its file name, for tests
     */
    public record Artefact(String accessor, String path, String fileName) {}
}
