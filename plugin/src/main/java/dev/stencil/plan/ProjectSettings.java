package dev.stencil.plan;

import dev.stencil.naming.JavaNames;
import java.util.Optional;

/**
 * The project-wide choices the plan needs.
 *
 * @param groupId the generated project's Maven groupId
 * @param basePackage the generated Java base package
 * @param stencilVersion the version of stencil-runtime the generated code depends on
 * @param source how the project is generated, recorded in its POM
 */
public record ProjectSettings(String groupId, String basePackage, String stencilVersion, GenerationSource source) {

    /** The settings, deriving the package from groupId and diagram name when none is given. */
    public static ProjectSettings of(String requestedGroupId, Optional<String> basePackage, String diagramName) {
        return of(requestedGroupId, basePackage, diagramName, GenerationSource.copied(diagramName + ".puml"));
    }

    /** The settings of a project generated from {@code source}. */
    public static ProjectSettings of(
            String requestedGroupId, Optional<String> basePackage, String diagramName, GenerationSource source) {
        String groupId = JavaNames.packageName(requestedGroupId);
        String pkg = basePackage
                .map(JavaNames::packageName)
                .orElse(groupId + "." + JavaNames.packageSegment(diagramName, "app"));
        return new ProjectSettings(groupId, pkg, StencilVersion.current(), source);
    }
}
