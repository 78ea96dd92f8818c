package dev.stencil.runtime.producer;

import dev.stencil.runtime.enrich.CidrGeoIpProvider;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.GeoLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Synthetic, reproducible clickstream for local runs and benchmarks: users with sessions browsing a
 * site, addresses drawn from the documentation ranges (RFC 5737 and RFC 3849), times moving forward.
 * The same seed gives the same events. {@link #geoTable()} locates every address it hands out.
 */
public final class ClickstreamGenerator {
    private static final String[] PAGES = {"/", "/products", "/products/42", "/products/7", "/cart", "/checkout",
        "/search?q=boots", "/account", "/blog/streaming", "/help"};
    private static final String[] REFERRERS = {null, "https://example.com/", "https://example.org/news",
        "https://search.example.net/?q=boots"};
    private static final String[] AGENTS = {"Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (iPhone)",
        "Mozilla/5.0 (Windows NT 10.0)", "curl/8.5.0"};
    private static final String[][] NETWORKS = {
        {"192.0.2.", "US", "Seattle"}, {"198.51.100.", "DE", "Berlin"}, {"203.0.113.", "AU", "Sydney"}};

    private final SplittableRandom random;
    private final int users;
    private final double anonymousShare;
    private long clock;

    /**
     * @param seed           makes the stream reproducible
     * @param users          distinct user ids ({@code user-0} .. {@code user-(users-1)})
     * @param anonymousShare fraction of events without a user id, 0..1
     * @param startMillis    time of the first event, epoch ms
     */
    public ClickstreamGenerator(long seed, int users, double anonymousShare, long startMillis) {
        if (users < 1) {
            throw new IllegalArgumentException("users must be positive");
        }
        this.random = new SplittableRandom(seed);
        this.users = users;
        this.anonymousShare = anonymousShare;
        this.clock = startMillis;
    }

    /** The next event; times advance by 0..99 ms. */
    public ClickEvent next() {
        clock += random.nextInt(100);
        int user = random.nextInt(users);
        boolean anonymous = random.nextDouble() < anonymousShare;
        String[] network = NETWORKS[user % NETWORKS.length];
        String ip = user % 7 == 6 ? "2001:db8::" + Integer.toHexString(user) : network[0] + (1 + user % 254);
        return new ClickEvent(
                new UUID(random.nextLong(), random.nextLong()).toString(),
                anonymous ? null : "user-" + user,
                "s-" + user + "-" + (clock / 1_800_000),
                PAGES[random.nextInt(PAGES.length)],
                REFERRERS[random.nextInt(REFERRERS.length)],
                ip,
                AGENTS[random.nextInt(AGENTS.length)],
                clock);
    }

    /** The next {@code count} events. */
    public List<ClickEvent> next(int count) {
        List<ClickEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(next());
        }
        return events;
    }

    /** A geo-IP table covering the generator's addresses (IPv6 ones map to a country only). */
    public static CidrGeoIpProvider geoTable() {
        CidrGeoIpProvider.Builder table = CidrGeoIpProvider.builder();
        for (String[] network : NETWORKS) {
            table.add(network[0] + "0/24", new GeoLocation(network[1], network[2]));
        }
        return table.add("2001:db8::/32", new GeoLocation("NL", null)).build();
    }
}
