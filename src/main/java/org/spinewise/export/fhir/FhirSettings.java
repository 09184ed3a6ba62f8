package org.spinewise.export.fhir;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FHIR export's settings, bound from {@code spinewise.fhir.*}. The record checks itself, so a bad setting
 * stops the start naming it.
 *
 * @param codeSystemUrl the canonical url of Spinewise's own {@code CodeSystem} (surrounding spaces dropped), or
 *     empty for the site's address + {@value FhirExport#CODE_SYSTEM_PATH}
 */
@ConfigurationProperties("spinewise.fhir")
public record FhirSettings(@DefaultValue("") String codeSystemUrl) {

    public FhirSettings {
        codeSystemUrl = codeSystemUrl.trim();
        if (!codeSystemUrl.isEmpty() && !isAbsolute(codeSystemUrl)) {
            throw new IllegalArgumentException("spinewise.fhir.code-system-url must be an absolute url such as"
                    + " https://spinewise.example/fhir/CodeSystem/spinewise, was '" + codeSystemUrl + "'");
        }
    }

    /** The code system's url: the configured one, else the one below the site's {@code base} address. */
    String codeSystemUrl(String base) {
        return codeSystemUrl.isEmpty() ? base + FhirExport.CODE_SYSTEM_PATH : codeSystemUrl;
    }

    private static boolean isAbsolute(String url) {
        try {
            return new URI(url).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
