package org.spinewise.datafile;

import java.util.List;

/**
 * A content file (library, rules) that cannot be used. The message names the
 * file and every offending field, so a broken file stops the start with a
 * sentence an editor can act on.
 */
public class DataFileException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public DataFileException(String file, List<String> problems) {
        super("Content file " + file + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
