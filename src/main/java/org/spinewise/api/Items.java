package org.spinewise.api;

import java.util.List;

/** The API's list envelope: {@code {"items": [...]}}. */
public record Items<T>(List<T> items) {

    public Items {
        items = List.copyOf(items);
    }
}
