package dev.stencil.plan.view;

/**
 * Feeds the templates that must agree on a service's settings: the infra kit that deploys them
 * ({@code Wiring}, {@code DeliveryStreams}) and the local kit that imitates them
 * ({@code MappingStage}, {@code LocalFirehose}).
 *
 * @param basePackage the base package
 * @param batchSize records per invocation of a function's event source mapping
 * @param batchingWindowSeconds how long the mapping waits to fill a batch
 * @param retryAttempts retries of a failed batch before it goes to the on-failure destination
 * @param maxRecordAgeHours age after which records go to the on-failure destination
 * @param archivePrefix object prefix of delivery streams into buckets, such as {@code events/}
 * @param archiveBufferMebibytes buffer size after which a delivery stream writes an object
 * @param archiveBufferMinutes buffer age after which a delivery stream writes an object
 */
public record SettingsView(
        String basePackage,
        int batchSize,
        int batchingWindowSeconds,
        int retryAttempts,
        int maxRecordAgeHours,
        String archivePrefix,
        int archiveBufferMebibytes,
        int archiveBufferMinutes) {}
