package org.spinewise.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A block of the person's page that another feature fills, such as today's check-in, the week's summary, the
 * routines a clinic assigned and the messages the person sent to clinics: the account's page shows them
 * without the account module knowing those features. The page shows them in the beans' {@code @Order}.
 */
public interface DashboardSections {

    /** A link in words. */
    record Link(String text, String href) {}

    /**
     * One thing in a section, such as a message and its answer.
     *
     * @param lines what to say about it, one paragraph each
     * @param link  where to act on it, or null
     */
    record Entry(String title, List<String> lines, @Nullable Link link) {}

    /** How a section looks: most are plain; a caution stands out, as it must be read first. */
    enum Look {
        PLAIN,
        CAUTION
    }

    /**
     * @param id    a word for the section's element ids
     * @param empty what the section says when it has no entry
     * @param links links shown under the entries
     */
    record Section(String id, String title, String empty, List<Entry> entries, List<Link> links, Look look) {

        public Section(String id, String title, String empty, List<Entry> entries, List<Link> links) {
            this(id, title, empty, entries, links, Look.PLAIN);
        }
    }

    List<Section> sectionsFor(SignedInPerson person);
}
