package org.spinewise.library;

/**
 * The limits of a heat or cold session, each written once in the library
 * and read from there by every page, the API and the coach.
 *
 * @param defaultMinutes      how long a session lasts unless the person asks for less
 * @param maxMinutes          how long a session may never exceed
 * @param restBetweenMinutes  how long the skin rests before the next session of this kind; null when it needs no rest
 * @param pregnancyCaution    what a pregnant person must know before using it; null when nothing special.
 *                            The loader adds it to the item's cautions, so every list of cautions shows it,
 *                            and the coach puts it in front of a person whose latest safety check said pregnant.
 */
public record TherapyLimits(int defaultMinutes, int maxMinutes, Integer restBetweenMinutes, String pregnancyCaution) {}
