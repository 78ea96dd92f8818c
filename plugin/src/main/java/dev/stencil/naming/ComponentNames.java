package dev.stencil.naming;

/**
 * Every name derived from one component, decided once.
 *
 * @param alias the diagram alias, the component's identity
 * @param type PascalCase stem for classes and construct ids ({@code Fn})
 * @param variable camelCase name for locals and fields ({@code fn})
 * @param packageSegment lower-case Java package segment ({@code fn})
 * @param envPrefix prefix of environment variables that point at it ({@code FN})
 * @param resourceName kebab-case stem for physical names, index names, artifactIds ({@code fn})
 */
public record ComponentNames(
        String alias, String type, String variable, String packageSegment, String envPrefix, String resourceName) {}
