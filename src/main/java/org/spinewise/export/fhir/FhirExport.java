package org.spinewise.export.fhir;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.export.PersonalData;
import org.spinewise.library.Library;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.PublicAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a person's records as a FHIR R4 collection {@code Bundle} (JSON). Its signatures hold no HAPI
 * type, so neither this bean nor Spring's look at it loads HAPI FHIR: {@link FhirDocument} does, on the
 * first export.
 */
@Component
@EnableConfigurationProperties(FhirSettings.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FhirExport {

    /** Where Spinewise's own code system lives below the site's address when no setting names it. */
    static final String CODE_SYSTEM_PATH = "/fhir/CodeSystem/spinewise";

    static final String QUESTIONNAIRE_PATH = "/fhir/Questionnaire/screening";

    private final PublicAddress site;
    private final FhirSettings settings;
    private final RuleBook rules;
    private final Library library;
    private final ObjectMapper json;

    /**
     * @param requestOrigin the scheme, host and port the request came to, for the canonical addresses when
     *                      {@code spinewise.public-url} does not give them
     */
    public String bundle(PersonalData.Everything everything, String requestOrigin) {
        String base = site.base(requestOrigin);
        Canonicals canonicals = new Canonicals(settings.codeSystemUrl(base), base + QUESTIONNAIRE_PATH, base);
        return FhirDocument.json(everything, new Sources(canonicals, rules, library, json));
    }
}
