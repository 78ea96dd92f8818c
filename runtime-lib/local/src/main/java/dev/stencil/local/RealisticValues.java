package dev.stencil.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * Realistic values for string fields whose name says what they hold: an {@code email} gets an e-mail
 * address, a {@code city} a city, an {@code ip} an IPv4 address. The first rule whose word the
 * field's name contains (case and separators ignored; {@code ip} only as a word of its own, so that
 * {@code zipCode} and {@code ship} hold no addresses) gives the value; other fields keep the local
 * run's plain values. Values come from the run's seeded Faker, so a seed gives the same events.
 */
final class RealisticValues {

    /** Words of field names, most specific first, and what a field so named holds. */
    private static final List<Map.Entry<String, Function<Faker, String>>> RULES = List.of(
            Map.entry("email", f -> f.internet().emailAddress()),
            Map.entry("firstname", f -> f.name().firstName()),
            Map.entry("lastname", f -> f.name().lastName()),
            Map.entry("username", f -> f.internet().username()),
            Map.entry("fullname", f -> f.name().fullName()),
            Map.entry("customername", f -> f.name().fullName()),
            Map.entry("useragent", f -> f.internet().userAgent()),
            Map.entry("phone", f -> f.phoneNumber().cellPhone()),
            Map.entry("ip", f -> f.internet().ipV4Address()),
            Map.entry("street", f -> f.address().streetAddress()),
            Map.entry("address", f -> f.address().fullAddress()),
            Map.entry("city", f -> f.address().city()),
            Map.entry("country", f -> f.address().countryCode()),
            Map.entry("zip", f -> f.address().zipCode()),
            Map.entry("postcode", f -> f.address().zipCode()),
            Map.entry("company", f -> f.company().name()),
            Map.entry("product", f -> f.commerce().productName()),
            Map.entry("currency", f -> f.money().currencyCode()),
            Map.entry("url", f -> f.internet().url()),
            Map.entry("name", f -> f.name().fullName()));

    private RealisticValues() {
    }

    /**
     * A realistic value for a string field, when its name says what it holds.
     *
     * @param faker the run's seeded faker
     * @param field the field's name
     * @return the value; empty for a name no rule knows
     */
    static Optional<String> of(Faker faker, String field) {
        List<String> words = List.of(field.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String joined = String.join("", words);
        return RULES.stream().filter(rule -> rule.getKey().equals("ip") ? words.contains("ip")
                        : joined.contains(rule.getKey()))
                .findFirst().map(rule -> rule.getValue().apply(faker));
    }
}
