package org.marsad.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises publication times as corpora write them (RFC 822 «Sun, 18 Feb 2018 01:00:09 GMT»,
 * «2015-07-21 02:51:32», ISO 8601, «20010101») to ISO 8601, keeping an offset when one is given.
 */
public final class Published {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private Published() {}

    public static Optional<String> iso(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.trim();
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(s, RFC_1123).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime() + "Z");
        } catch (DateTimeParseException ignored) {
            // not RFC 822; try the next shape
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toString());
        } catch (DateTimeParseException ignored) {
            // no offset; try local shapes
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(s, f).toString());
            } catch (DateTimeParseException ignored) {
                // try the next pattern
            }
        }
        try {
            return Optional.of(LocalDate.parse(s).toString());
        } catch (DateTimeParseException ignored) {
            // try the compact form
        }
        if (s.matches("\\d{8}")) {
            try {
                return Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE).toString());
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
