package org.spinewise.export.fhir;

import org.spinewise.export.PersonalData;
import org.spinewise.library.Library;
import org.spinewise.reminders.SiteAddress;
import org.spinewise.screening.RuleBook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a person's records as a FHIR R4 collection {@code Bundle} (JSON). Its signatures hold no HAPI
 * type, so neither this bean nor Spring's look at it loads HAPI FHIR: {@link FhirDocument} does, on the
 * first export.
 */
@Component
public class FhirExport {

    /** Where Spinewise's own code system lives below the site's address when no setting names it. */
    static final String CODE_SYSTEM_PATH = "/fhir/CodeSystem/spinewise";

    static final String QUESTIONNAIRE_PATH = "/fhir/Questionnaire/screening";

    private final SiteAddress site;
    private final String codeSystemUrl;
    private final RuleBook rules;
    private final Library library;
    private final ObjectMapper json;

    FhirExport(
            SiteAddress site,
            @Value("${spinewise.fhir.code-system-url:}") String codeSystemUrl,
            RuleBook rules,
            Library library,
            ObjectMapper json) {
        this.site = site;
        this.codeSystemUrl = codeSystemUrl.trim();
        this.rules = rules;
        this.library = library;
        this.json = json;
    }

    /**
     * @param requestOrigin the scheme, host and port the request came to, for the canonical addresses when
     *                      {@code spinewise.public-url} does not give them
     */
    public String bundle(PersonalData.Everything everything, String requestOrigin) {
        String base = site.base(requestOrigin);
        Canonicals canonicals = new Canonicals(
                codeSystemUrl.isEmpty() ? base + CODE_SYSTEM_PATH : codeSystemUrl, base + QUESTIONNAIRE_PATH, base);
        return FhirDocument.json(everything, new Sources(canonicals, rules, library, json));
    }
}
