package org.spinewise.datafile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Collects the meaning-level problems of a content file (a range, a dangling
 * reference, a duplicate id), each with its field path, then fails once with
 * all of them.
 */
public final class Violations {

    private final String file;
    private final List<String> problems = new ArrayList<>();

    public Violations(String file) {
        this.file = file;
    }

    public void add(String path, String problem) {
        problems.add(path + ": " + problem);
    }

    /** Records a problem unless {@code ok}. */
    public void check(boolean ok, String path, String problem) {
        if (!ok) {
            add(path, problem);
        }
    }

    public boolean required(@Nullable Object value, String path) {
        check(value != null, path, "is required");
        return value != null;
    }

    public void text(@Nullable String value, String path) {
        check(value != null && !value.isBlank(), path, "must be a non-empty text");
    }

    public void texts(@Nullable Collection<String> values, int min, String path) {
        if (values == null) {
            required(null, path);
            return;
        }
        check(values.size() >= min, path, "needs at least " + min + " item(s)");
        int i = 0;
        for (String value : values) {
            text(value, path + "[" + i++ + "]");
        }
    }

    public void range(int value, int min, int max, String path) {
        check(value >= min && value <= max, path, "must be between " + min + " and " + max + ", was " + value);
    }

    public void oneOf(@Nullable String value, Set<String> known, String path) {
        check(known.contains(value), path, "'" + value + "' is not one of " + known);
    }

    /** Ids must be unique; returns whether this one is new. */
    public boolean unique(@Nullable String id, Set<String> seen, String path) {
        boolean fresh = seen.add(id);
        check(fresh, path, "duplicate id '" + id + "'");
        return fresh;
    }

    public static Set<String> newIdSet() {
        return new HashSet<>();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new DataFileException(file, problems);
        }
    }
}
