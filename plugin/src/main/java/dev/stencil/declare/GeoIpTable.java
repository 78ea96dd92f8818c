package dev.stencil.declare;

import dev.stencil.diagram.SourceText;
import dev.stencil.model.GeoIp;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A geo-IP table a sidecar names ({@code database: ranges.csv}): UTF-8 lines of {@code cidr,country,city}
 * (the city may be empty; blank lines and {@code #} comments are skipped), as the runtime's
 * {@code CidrGeoIpProvider} reads them. Each malformed line is a located error in the CSV file.
 */
final class GeoIpTable {

    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/\\d{1,3})");

    private GeoIpTable() {}

    /** @return the table, when every line of it reads */
    static Optional<GeoIp.Table> check(Checking checking, Path file) {
        String name = file.toString();
        SourceText source;
        try {
            source = SourceText.decode(name, Files.readAllBytes(file));
        } catch (IOException e) {
            checking.error("GEOIP_DATABASE_NOT_FOUND", SourceLocation.ofFile(name), "cannot read " + name + ": "
                    + e.getMessage(), "make the file readable");
            return Optional.empty();
        }
        if (source.problem().isPresent()) {
            checking.addAll(List.of(source.problem().get()));
            return Optional.empty();
        }
        boolean valid = true;
        int number = 0;
        for (String line : source.text().split("\r?\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split(",", -1);
            int column = line.indexOf(trimmed) + 1;
            if (parts.length < 2 || parts.length > 3 || !CIDR.matcher(parts[0].strip()).matches()
                    || parts[1].isBlank()) {
                checking.error("GEOIP_DATABASE_INVALID", new SourceLocation(name, number, column), "'" + trimmed
                        + "' is not a line of cidr,country,city", "write one range a line, such as 192.0.2.0/24,DE,Berlin");
                valid = false;
            }
        }
        return valid ? Optional.of(new GeoIp.Table(file.getFileName().toString(), source.text())) : Optional.empty();
    }
}
