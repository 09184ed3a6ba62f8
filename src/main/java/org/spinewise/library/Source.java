package org.spinewise.library;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;

/**
 * What a library text rests on: a section of the clinic's article, or a
 * guideline or public source named in full (exactly one of the two).
 *
 * @param section   the section's id in {@code library/article.yaml}, or null when a guideline is cited
 * @param heading   the section's heading, filled in when the library loads; null with a guideline
 * @param guideline the guideline or public source as a person reads it, such as
 *                  "NICE NG59, low back pain and sciatica in over 16s", or null when a section is cited
 */
public record Source(
        @Nullable String section,
        @Nullable String heading,
        @Nullable String guideline) {

    /** A citation as content files write it: a section id or a guideline, before the heading is known. */
    public static Source cited(@Nullable String section, @Nullable String guideline) {
        return new Source(section, null, guideline);
    }

    public Source withHeading(@Nullable String heading) {
        return new Source(section, heading, guideline);
    }

    /** The citation in plain words, for a page's "Source:" line, in the reader's language around the heading. */
    public String citation() {
        return guideline != null ? guideline : Messages.t("source.citation", String.valueOf(heading));
    }
}
