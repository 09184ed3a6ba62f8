package org.spinewise.export.fhir;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The bundle's entries, each under a {@code urn:uuid:} full URL made from its kind and its record's id, so
 * one record has the same address in every export and a reference can be made before or after its target.
 */
final class Entries {

    private final Bundle bundle;
    private final Set<String> urls = new HashSet<>();

    Entries(Bundle bundle) {
        this.bundle = bundle;
    }

    static String url(String kind, Object key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the resource once under {@code url(kind, key)}; a second one under the same address is dropped. */
    Reference add(String kind, Object key, Resource resource) {
        String url = url(kind, key);
        if (urls.add(url)) {
            bundle.addEntry().setFullUrl(url).setResource(resource);
        }
        return new Reference(url);
    }

    boolean has(String kind, Object key) {
        return urls.contains(url(kind, key));
    }

    static Reference ref(String kind, Object key) {
        return new Reference(url(kind, key));
    }
}
