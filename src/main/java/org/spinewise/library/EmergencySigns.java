package org.spinewise.library;

import java.util.List;

/**
 * The signs that need emergency care now, in plain statements, for library
 * pages that repeat them (the flare-up plan). The safety rules define them;
 * the library only shows them, so it asks for them through this interface.
 */
public interface EmergencySigns {

    List<String> emergencySigns();
}
