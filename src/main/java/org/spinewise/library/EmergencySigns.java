package org.spinewise.library;

import java.util.List;
import java.util.Locale;

/**
 * The signs that need emergency care now, in plain statements, for library
 * pages that repeat them (the flare-up plan). The safety rules define them;
 * the library only shows them, so it asks for them through this interface.
 */
public interface EmergencySigns {

    /** The signs in the reader's language. */
    List<String> emergencySigns(Locale locale);
}
