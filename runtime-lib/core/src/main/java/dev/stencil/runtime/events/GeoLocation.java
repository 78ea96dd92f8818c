package dev.stencil.runtime.events;

/**
 * Where an IP address is, as far as a geo-IP database knows.
 *
 * @param country ISO 3166-1 alpha-2 country code, e.g. {@code "DE"}
 * @param city    city name, or {@code null} when only the country is known
 */
public record GeoLocation(String country, String city) {
    public GeoLocation {
        if (country == null || country.isBlank()) {
            throw new IllegalArgumentException("country is required");
        }
    }

    /** The location as a document's member holds it: {@code country}, and {@code city} when known. */
    public java.util.Map<String, Object> attributes() {
        java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        attributes.put("country", country);
        if (city != null) {
            attributes.put("city", city);
        }
        return attributes;
    }
}
