package org.spinewise.export.fhir;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/export?format=fhir: a FHIR R4 collection bundle of everything the person keeps that the HL7
 * validator passes without an error, whose references all resolve inside it, and that holds nobody else's.
 */
class FhirExportApiTest extends ApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final String FHIR = "/api/v1/export?format=fhir";
    private static final String PAIN = "72514-3";

    @Autowired
    JdbcClient jdbc;

    @Test
    void needsAnAccount() {
        assertProblem(get(FHIR), 401);
    }

    @Test
    void aPersonWithEveryKindOfRecordGetsAValidBundleOfThemAll() {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        EveryRecord.of(person, ZONE, mvc, jdbc);

        Answer answer = person.get(FHIR);
        JsonNode bundle = bundle(answer);

        assertThat(FhirValidation.errors(answer.body())).isEmpty();
        assertThat(types(bundle))
                .containsOnlyOnce("Patient", "Questionnaire", "CodeSystem", "Organization", "EpisodeOfCare");
        assertThat(resources(bundle, "QuestionnaireResponse"))
                .as("three kept through the API, one through the page")
                .hasSize(4);
        assertThat(resources(bundle, "RiskAssessment"))
                .extracting(r -> r.path("prediction")
                        .get(0)
                        .path("outcome")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asString())
                .containsExactlyInAnyOrder("SELF_CARE", "SEE_PROFESSIONAL", "URGENT", "SELF_CARE");
        assertThat(resources(bundle, "Observation"))
                .filteredOn(o -> o.path("code")
                        .path("coding")
                        .get(0)
                        .path("code")
                        .asString()
                        .equals(PAIN))
                .as("two check-ins, and pain before and after each of two runs")
                .hasSize(6);
        assertThat(codes(bundle, "Observation")).contains("stiffness", "sitting-hours", "crack");
        assertThat(resources(bundle, "Procedure"))
                .extracting(p -> p.path("status").asString())
                .contains("completed", "stopped");
        assertThat(codes(bundle, "Procedure")).contains("routine-run", "heat-therapy", "cold-therapy", "pelvic-tilt");
        assertThat(resources(bundle, "CarePlan"))
                .extracting(c ->
                        c.path("intent").asString() + " " + c.path("status").asString())
                .containsExactlyInAnyOrder("plan completed", "order active", "order revoked", "plan active");
        assertThat(resources(bundle, "ServiceRequest"))
                .extracting(s ->
                        s.path("status").asString() + " " + s.path("intent").asString())
                .containsExactlyInAnyOrder("active proposal", "active proposal", "completed proposal");
        assertThat(resources(bundle, "Organization").get(0).path("name").asString())
                .isEqualTo(EveryRecord.CLINIC);
        assertThat(resources(bundle, "AuditEvent")).isNotEmpty();
        assertThat(resources(bundle, "Patient")
                        .get(0)
                        .path("telecom")
                        .get(0)
                        .path("value")
                        .asString())
                .isEqualTo(person.email());
    }

    @Test
    void everyReferenceResolvesToAnEntryOfTheBundle() {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        EveryRecord.of(person, ZONE, mvc, jdbc);

        JsonNode bundle = bundle(person.get(FHIR));

        List<String> references = FhirValidation.references(bundle);
        assertThat(references).hasSizeGreaterThan(40).allMatch(r -> r.startsWith("urn:uuid:"));
        assertThat(FhirValidation.fullUrls(bundle)).containsAll(references);
        assertThat(resources(bundle, "ServiceRequest"))
                .allSatisfy(
                        request -> assertThat(request.path("supportingInfo")).hasSize(2));
    }

    @Test
    void theCodeSystemHoldsEveryCodeOfItsOwnThatTheBundleUses() {
        ApiPerson person = ApiPerson.signUp(mvc, ZONE.getId());
        EveryRecord.of(person, ZONE, mvc, jdbc);

        JsonNode bundle = bundle(person.get(FHIR));

        JsonNode codeSystem = resources(bundle, "CodeSystem").get(0);
        String url = codeSystem.path("url").asString();
        assertThat(url).isEqualTo("http://localhost" + FhirExport.CODE_SYSTEM_PATH);
        Set<String> defined = new java.util.HashSet<>();
        codeSystem.path("concept").forEach(c -> defined.add(c.path("code").asString()));
        List<String> used = new ArrayList<>();
        collectCodes(bundle, url, used);
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used).contains("seated-trunk-rotation", "EMERGENCY", "SHARP_PAIN");
    }

    @Test
    void anEmptyAccountGetsAValidBundleOfThePersonAlone() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        Answer answer = person.get(FHIR);

        assertThat(FhirValidation.errors(answer.body())).isEmpty();
        assertThat(types(bundle(answer))).containsExactlyInAnyOrder("Patient", "CarePlan", "CodeSystem");
    }

    @Test
    void anotherPersonsBundleHoldsNothingOfTheFirst() {
        ApiPerson a = ApiPerson.signUp(mvc, ZONE.getId());
        List<String> aIds = EveryRecord.of(a, ZONE, mvc, jdbc);
        ApiPerson b = ApiPerson.signUp(mvc, ZONE.getId());

        String bundle = b.get(FHIR).body();

        assertThat(bundle).contains(b.email()).doesNotContain(a.email()).doesNotContain(EveryRecord.CLINIC);
        assertThat(aIds)
                .hasSizeGreaterThan(10)
                .allSatisfy(id -> assertThat(bundle).doesNotContain(id));
    }

    @Test
    void aBadFormatIsStillNamed() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertBadRequest(person.get("/api/v1/export?format=fhir4"), Set.of("format"));
        assertThat(bundle(person.get("/api/v1/export?format=FHIR")).path("type").asString())
                .isEqualTo("collection");
    }

    @Test
    void theDataPageOffersTheFhirFileBesideTheOtherDownloads() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        String page = person.get("/me/data").body();

        assertThat(page)
                .contains("<a class=\"button\" href=\"/api/v1/export?format=csv\" download>")
                .contains("<a class=\"button\" href=\"/api/v1/export?format=fhir\" download>");
    }

    @Test
    void theSignedInHomePageHasAButtonThatDownloadsTheFhirFile() {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        assertThat(person.get("/me").body())
                .contains("<a class=\"button\" href=\"/api/v1/export?format=fhir\" download>");
    }

    private static JsonNode bundle(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.mediaType().equalsTypeAndSubtype(MediaType.parseMediaType("application/fhir+json")))
                .as(answer.contentType())
                .isTrue();
        JsonNode bundle = answer.json();
        assertThat(bundle.path("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.path("type").asString()).isEqualTo("collection");
        return bundle;
    }

    private static List<String> types(JsonNode bundle) {
        List<String> types = new ArrayList<>();
        bundle.path("entry")
                .forEach(e -> types.add(e.path("resource").path("resourceType").asString()));
        return types;
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        List<JsonNode> found = new ArrayList<>();
        bundle.path("entry").forEach(e -> {
            if (e.path("resource").path("resourceType").asString().equals(type)) {
                found.add(e.path("resource"));
            }
        });
        return found;
    }

    private static List<String> codes(JsonNode bundle, String type) {
        return resources(bundle, type).stream()
                .map(r -> r.path("code").path("coding").get(0).path("code").asString())
                .toList();
    }

    private static void collectCodes(JsonNode node, String system, List<String> used) {
        if (node.isObject()) {
            if (node.path("system").isString() && node.path("system").asString().equals(system) && node.has("code")) {
                used.add(node.path("code").asString());
            }
            node.forEach(child -> collectCodes(child, system, used));
        } else if (node.isArray()) {
            node.forEach(child -> collectCodes(child, system, used));
        }
    }
}
