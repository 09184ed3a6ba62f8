package org.spinewise.site.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.spinewise.library.Library;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the service worker keeps for offline use, and the release it belongs to. Only anonymous public pages
 * and their files: nothing of a signed-in person, no API answer. The version is a hash of everything those
 * pages are made of (the files served, the compiled templates, the content), so any change to them makes a
 * new worker, whose install replaces the old cache; nobody edits it by hand.
 */
@Component
public class OfflinePages {

    /** The pages a person can open offline after one visit; {@code /offline} stands in for every other one. */
    static final List<String> PAGES =
            List.of("/", "/library", "/learn", "/therapy", "/history", "/routine", "/offline");

    /** The classpath folders a release's pages are made of. */
    private static final List<String> RELEASE =
            List.of("static", "offline", "gg/jte/generated", "library", "screening");

    private final List<String> urls;
    private final String version;

    OfflinePages(Library library) {
        var resolver = new PathMatchingResourcePatternResolver();
        List<String> all = new ArrayList<>(PAGES);
        library.exercises().forEach(exercise -> all.add("/library/" + exercise.id()));
        library.pages().forEach(page -> all.add("/learn/" + page.id()));
        all.addAll(staticFiles(resolver));
        this.urls = List.copyOf(all);
        this.version = hash(resolver, urls);
    }

    /** Every address the worker caches when it installs. */
    public List<String> urls() {
        return urls;
    }

    /** The release's cache version: 16 hex digits of a SHA-256 over what the cached pages are made of. */
    public String version() {
        return version;
    }

    /** The CSS, scripts, images and manifest served from {@code static/}, as addresses. */
    private static List<String> staticFiles(PathMatchingResourcePatternResolver resolver) {
        List<String> files = new ArrayList<>();
        for (Resource resource : resources(resolver, "classpath*:static/**/*.*")) {
            String path = path(resource);
            int at = path.lastIndexOf("/static/");
            String url = path.substring(at + "/static".length());
            if (!url.equals("/robots.txt")) {
                files.add(url);
            }
        }
        return files.stream().sorted().toList();
    }

    private static String hash(PathMatchingResourcePatternResolver resolver, List<String> urls) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", urls).getBytes(StandardCharsets.UTF_8));
            for (String folder : RELEASE) {
                for (Resource resource : resources(resolver, "classpath*:" + folder + "/**/*.*")) {
                    String path = path(resource);
                    // from the classpath root, so one release hashes alike from a jar or a folder
                    digest.update(
                            path.substring(path.lastIndexOf("/" + folder + "/")).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readable files matching {@code pattern}, in a stable order. */
    private static List<Resource> resources(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return Arrays.stream(resolver.getResources(pattern))
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(OfflinePages::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
