package org.spinewise.reminders.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.reminders.CalendarFeeds;
import org.spinewise.reminders.SiteAddress;
import org.spinewise.system.Messages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The calendar feed's secret address (reminders-api.md, "Calendar feed") and the feed itself. */
@RestController
@RequiredArgsConstructor
class CalendarApiController {

    static final String FEED_PATH = "/calendar/";
    private static final String SUFFIX = ".ics";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final SiteAddress site;

    @PostMapping(
            path = "/api/v1/me/reminders/calendar",
            produces = {JSON, PROBLEM})
    ResponseEntity<Map<String, String>> renew(@SignedIn SignedInPerson person) {
        String url = url(feeds.renew(person.accountId()));
        return ResponseEntity.created(URI.create(url)).body(Map.of("url", url));
    }

    @GetMapping(
            path = "/api/v1/me/reminders/calendar",
            produces = {JSON, PROBLEM})
    Map<String, String> current(@SignedIn SignedInPerson person) {
        return feeds.secret(person.accountId())
                .map(secret -> Map.of("url", url(secret)))
                .orElseThrow(() -> new ResourceNotFoundException("calendar feed", "yours"));
    }

    @DeleteMapping(
            path = "/api/v1/me/reminders/calendar",
            produces = {JSON, PROBLEM})
    ResponseEntity<Void> revoke(@SignedIn SignedInPerson person) {
        feeds.revoke(person.accountId());
        return ResponseEntity.noContent().build();
    }

    /** The feed: anyone holding the address reads it, as calendar apps do, without signing in. */
    @GetMapping(FEED_PATH + "{file}")
    ResponseEntity<byte[]> feed(@PathVariable("file") String file) {
        if (!file.endsWith(SUFFIX)) {
            return ResponseEntity.notFound().build();
        }
        return feeds.find(file.substring(0, file.length() - SUFFIX.length()))
                .map(feed -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header("Cache-Control", "private, max-age=900")
                        .body(feeds.calendar(feed, site.deskRoutine(origin()))
                                .toString()
                                .getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * The feed's address. Calendar apps ask for it without the person's language, so a Spanish reader's address
     * carries {@code ?lang=es} and the feed's words are Spanish; an English reader's stays as it always was.
     */
    private String url(String secret) {
        String address = site.base(origin()) + FEED_PATH + secret + SUFFIX;
        return Messages.SPANISH.equals(Messages.locale()) ? address + "?lang=es" : address;
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
