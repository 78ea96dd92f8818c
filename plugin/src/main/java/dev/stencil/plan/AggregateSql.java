package dev.stencil.plan;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Aggregation;
import dev.stencil.model.Declarations;
import dev.stencil.model.EventField;
import dev.stencil.model.FieldType;
import dev.stencil.plan.view.AggregateSqlView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Flink SQL query of a declared aggregate, on the table {@code events} that the runtime
 * registers from the stream (one column per field, {@code rowtime} its event time with the source's
 * watermark): a window table function, the group keys, the window's start and end, one expression per
 * measure. Every identifier is quoted, so that fields named like SQL words ({@code value},
 * {@code timestamp}) stay fields. Sums of whole numbers are {@code BIGINT}, averages {@code DOUBLE}.
 */
final class AggregateSql {

    private AggregateSql() {}

    static AggregateSqlView of(Declarations.Aggregated aggregated, String source) {
        Aggregation aggregation = aggregated.aggregation();
        List<String> keys = aggregation.groupBy().stream().map(AggregateSql::quoted).toList();
        List<String> selections = new ArrayList<>(keys);
        selections.add("window_start AS " + quoted(KitDefaults.STANDARD.aggregates().sortKey()));
        selections.add("window_end AS " + quoted(KitDefaults.Aggregates.WINDOW_END));
        aggregation.measures().forEach(m -> selections.add(expression(aggregated, m) + " AS " + quoted(m.name())));
        List<String> groupBy = new ArrayList<>(keys);
        groupBy.addAll(List.of("window_start", "window_end"));
        List<String> columns = aggregated.schema().fields().stream().filter(f -> f.type() != FieldType.OTHER)
                .map(f -> quoted(f.name()) + " " + type(f)).toList();
        return new AggregateSqlView(source, columns, aggregated.stream().eventTime().orElseThrow(), selections,
                window(aggregation, keys), String.join(", ", groupBy));
    }

    /** The columns the query gives, in order: group keys, window start and end, measures. */
    static List<String> attributes(Aggregation aggregation) {
        List<String> attributes = new ArrayList<>(aggregation.groupBy());
        attributes.add(KitDefaults.STANDARD.aggregates().sortKey());
        attributes.add(KitDefaults.Aggregates.WINDOW_END);
        aggregation.measures().forEach(m -> attributes.add(m.name()));
        return attributes;
    }

    private static String expression(Declarations.Aggregated aggregated, Aggregation.Measure measure) {
        if (measure.operation() == Aggregation.Operation.COUNT) {
            return "COUNT(*)";
        }
        String field = quoted(measure.field().orElseThrow());
        FieldType type = aggregated.schema().field(measure.field().orElseThrow()).map(EventField::type).orElseThrow();
        boolean whole = type == FieldType.INT || type == FieldType.LONG;
        return switch (measure.operation()) {
            case SUM -> "SUM(CAST(" + field + " AS " + (whole ? "BIGINT" : "DOUBLE") + "))";
            case AVG -> "AVG(CAST(" + field + " AS DOUBLE))";
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + field + ")";
            default -> measure.operation().name() + "(" + field + ")";
        };
    }

    private static String window(Aggregation aggregation, List<String> keys) {
        Aggregation.Window window = aggregation.window();
        String time = "DESCRIPTOR(`rowtime`)";
        return switch (window.kind()) {
            case TUMBLE -> "TUMBLE(TABLE `events`, " + time + ", " + interval(window.size()) + ")";
            case HOP -> "HOP(TABLE `events`, " + time + ", " + interval(window.slide()) + ", " + interval(window.size())
                    + ")";
            case SESSION -> "SESSION(TABLE `events`" + (keys.isEmpty() ? "" : " PARTITION BY ("
                    + String.join(", ", keys) + ")") + ", " + time + ", " + interval(window.size()) + ")";
        };
    }

    /** An interval in the largest unit that holds it whole, with the leading precision it needs. */
    static String interval(Duration duration) {
        WholeUnit whole = WholeUnit.of(duration);
        return whole.unit() == WholeUnit.Unit.MILLISECOND
                ? literal(BigDecimal.valueOf(whole.amount(), 3).stripTrailingZeros().toPlainString(), "SECOND")
                : literal(Long.toString(whole.amount()), whole.unit().sql);
    }

    private static String literal(String amount, String unit) {
        int digits = amount.indexOf('.') < 0 ? amount.length() : amount.indexOf('.');
        return "INTERVAL '" + amount + "' " + unit + (digits > 2 ? "(" + digits + ")" : "");
    }

    private static String type(EventField field) {
        return switch (field.type()) {
            case INT -> "INT";
            case LONG, TIMESTAMP -> "BIGINT";
            case FLOAT, DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            default -> "STRING";
        };
    }

    static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** The kind of a field as the runtime reads it ({@code AggregateSpec.Type}). */
    static String columnType(EventField field) {
        return field.type() == FieldType.OTHER ? "OTHER" : type(field).replace("BIGINT", "LONG")
                .toUpperCase(Locale.ROOT);
    }
}
