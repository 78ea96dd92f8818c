package dev.stencil.draw;

import dev.stencil.integration.Integrations;
import java.util.Map;
import java.util.Optional;

/**
 * Which icon of the AWS library bundled with PlantUML ({@code awslib20}) draws a stencil: the
 * integration's for the kinds Stencil builds, this table's for a few it does not. Names without an
 * icon are drawn as labelled boxes.
 */
final class AwsIcons {

    /** Icons of stencils no integration builds yet, so that {@code render} draws them all the same. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("api_gateway", "NetworkingContentDelivery/APIGateway"),
            Map.entry("eventbridge", "ApplicationIntegration/EventBridge"),
            Map.entry("sns", "ApplicationIntegration/SimpleNotificationService"),
            Map.entry("managed_streaming_for_kafka", "Analytics/ManagedStreamingforApacheKafka"),
            Map.entry("timestream", "Database/Timestream"),
            Map.entry("aurora", "Database/Aurora"),
            Map.entry("rds", "Database/RDS"));

    private AwsIcons() {}

    /** The library path of a stencil's icon, such as {@code Compute/Lambda}. */
    static Optional<String> of(String stencil) {
        String prefix = "mxgraph.aws4.";
        if (!stencil.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = stencil.substring(prefix.length());
        return Integrations.standard().icon(name).or(() -> Optional.ofNullable(UNSUPPORTED.get(name)));
    }
}
