package org.spinewise.account;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The time zones a person chooses from (sign-up, their account page): UTC and every region id such as
 * {@code Europe/Madrid}, sorted; the legacy aliases ({@code Etc/GMT+3}, {@code SystemV/...}, {@code US/...})
 * are left out of the list, though the API still takes any IANA id.
 */
public final class TimeZones {

    private static final List<String> CHOICES = Stream.concat(
                    Stream.of("UTC"),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(id -> id.matches("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia"
                                    + "|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
                            .sorted())
            .toList();

    private TimeZones() {}

    public static List<String> choices() {
        return CHOICES;
    }
}
