package org.spinewise.api;

import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An id that names nothing: answered 404, as problem+json by the API and as the error page by pages. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, String id) {
        super(Messages.t("problem.notFound.detail", kind, JsonFields.shorten(id)));
    }
}
