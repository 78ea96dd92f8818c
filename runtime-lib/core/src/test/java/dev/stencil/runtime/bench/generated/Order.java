// Copied from what Stencil generates (see DeclaredPipelineCpuTime); regenerate the sample to refresh it.
package dev.stencil.runtime.bench.generated;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.JsonFields;
import dev.stencil.runtime.events.JsonOut;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * An event of schema {@code Order}, as the sidecar declares it: JSON on the wire under the
 * schema's field names. The handler reads it with {@link #READER}, on Jackson's streaming parser, and
 * the bulk encoder writes it with {@link #writeJson}, member by member ({@link #writeFields}); Jackson's data binding reads and writes it the
 * same way. An event without a field the schema requires, or with a value of another type, does not
 * decode, so it fails alone and reaches the function's on-failure destination.
 *
 * @param eventId {@code eventId}, string
 * @param orderId {@code orderId}, string
 * @param customerId {@code customerId}, string
 * @param productId {@code productId}, string
 * @param quantity {@code quantity}, int
 * @param amount {@code amount}, double
 * @param currency {@code currency}, enum
 * @param status {@code status}, enum
 * @param placedAt {@code placedAt}, timestamp
 * @param coupon {@code coupon}, optional string
 */
public record Order(
        @JsonProperty(value = "eventId", required = true) String eventId,
        @JsonProperty(value = "orderId", required = true) String orderId,
        @JsonProperty(value = "customerId", required = true) String customerId,
        @JsonProperty(value = "productId", required = true) String productId,
        @JsonProperty(value = "quantity", required = true) int quantity,
        @JsonProperty(value = "amount", required = true) double amount,
        @JsonProperty(value = "currency", required = true) String currency,
        @JsonProperty(value = "status", required = true) String status,
        @JsonProperty(value = "placedAt", required = true) long placedAt,
        @JsonProperty(value = "coupon") String coupon)
        implements JsonEvent {

    private static final Set<String> CURRENCY_SYMBOLS = Set.of("EUR", "USD", "GBP");

    private static final Set<String> STATUS_SYMBOLS = Set.of("PLACED", "PAID", "SHIPPED", "CANCELLED");

    /** Reads one event from Jackson's streaming parser. */
    public static final JsonEvent.Reader<Order> READER = Order::read;

    public Order {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(customerId, "customerId is required");
        Objects.requireNonNull(productId, "productId is required");
        Objects.requireNonNull(currency, "currency is required");
        Objects.requireNonNull(status, "status is required");
    }

    private static Order read(JsonParser $parser) throws IOException {
        JsonFields.startObject($parser, Order.class);
        String eventId = null;
        String orderId = null;
        String customerId = null;
        String productId = null;
        int quantity = 0;
        boolean $hasQuantity = false;
        double amount = 0;
        boolean $hasAmount = false;
        String currency = null;
        String status = null;
        long placedAt = 0;
        boolean $hasPlacedAt = false;
        String coupon = null;
        for (String $field = $parser.nextFieldName(); $field != null; $field = $parser.nextFieldName()) {
            $parser.nextToken();
            switch ($field) {
                case "eventId" -> {
                    eventId = JsonFields.string($parser, "eventId");
                }
                case "orderId" -> {
                    orderId = JsonFields.string($parser, "orderId");
                }
                case "customerId" -> {
                    customerId = JsonFields.string($parser, "customerId");
                }
                case "productId" -> {
                    productId = JsonFields.string($parser, "productId");
                }
                case "quantity" -> {
                    quantity = JsonFields.intValue($parser, "quantity");
                    $hasQuantity = true;
                }
                case "amount" -> {
                    amount = JsonFields.doubleValue($parser, "amount");
                    $hasAmount = true;
                }
                case "currency" -> {
                    currency = JsonFields.symbol($parser, "currency", CURRENCY_SYMBOLS);
                }
                case "status" -> {
                    status = JsonFields.symbol($parser, "status", STATUS_SYMBOLS);
                }
                case "placedAt" -> {
                    placedAt = JsonFields.longValue($parser, "placedAt");
                    $hasPlacedAt = true;
                }
                case "coupon" -> {
                    coupon = JsonFields.string($parser, "coupon");
                }
                default -> $parser.skipChildren();
            }
        }
        JsonFields.require($parser, Order.class, "eventId", eventId != null);
        JsonFields.require($parser, Order.class, "orderId", orderId != null);
        JsonFields.require($parser, Order.class, "customerId", customerId != null);
        JsonFields.require($parser, Order.class, "productId", productId != null);
        JsonFields.require($parser, Order.class, "quantity", $hasQuantity);
        JsonFields.require($parser, Order.class, "amount", $hasAmount);
        JsonFields.require($parser, Order.class, "currency", currency != null);
        JsonFields.require($parser, Order.class, "status", status != null);
        JsonFields.require($parser, Order.class, "placedAt", $hasPlacedAt);
        return new Order(
                eventId,
                orderId,
                customerId,
                productId,
                quantity,
                amount,
                currency,
                status,
                placedAt,
                coupon);
    }

    @Override
    public void writeFields(JsonOut $out) {
        $out.field("eventId").string(eventId);
        $out.field("orderId").string(orderId);
        $out.field("customerId").string(customerId);
        $out.field("productId").string(productId);
        $out.field("quantity").number(quantity);
        $out.field("amount").number(amount);
        $out.field("currency").string(currency);
        $out.field("status").string(status);
        $out.field("placedAt").number(placedAt);
        $out.field("coupon").string(coupon);
    }
}
