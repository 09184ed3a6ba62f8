package org.spinewise.screening;

/**
 * What a disposition asks of the person, in the words every page uses.
 *
 * @param headline the result page's title for a screening with this disposition
 * @param heading  the title of its section on the "when to seek help" page
 * @param action   what to do, in a sentence or two
 */
public record DispositionAdvice(Disposition disposition, String headline, String heading, String action) {}
