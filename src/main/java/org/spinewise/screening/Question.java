package org.spinewise.screening;

/** A yes-or-no question of the screening, as shown to the person. */
public record Question(String id, String group, String text) {}
