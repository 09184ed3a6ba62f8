package org.spinewise.api;

/** An id that names nothing: answered 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, String id) {
        super("There is no " + kind + " with the id '" + JsonFields.shorten(id) + "'.");
    }
}
