package org.spinewise.library;

/**
 * The article section a library text rests on.
 *
 * @param section the section's id in {@code library/article.yaml}
 * @param heading the section's heading, filled in when the library loads
 */
public record Source(String section, String heading) {

    /** A citation as content files write it: the section id alone. */
    public static Source cited(String section) {
        return new Source(section, null);
    }

    public Source withHeading(String heading) {
        return new Source(section, heading);
    }
}
